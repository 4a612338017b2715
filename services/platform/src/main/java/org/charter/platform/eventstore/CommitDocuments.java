package org.charter.platform.eventstore;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.charter.platform.event.Actor;

/** The BSON layout of a commit in the {@code events} collection. */
final class CommitDocuments {

    private CommitDocuments() {
    }

    static Document toDocument(Commit c) {
        List<Document> events = new ArrayList<>(c.events().size());
        for (Commit.StoredEvent e : c.events()) {
            events.add(new Document("id", e.id().toString())
                    .append("type", e.type())
                    .append("sequence", e.sequence())
                    .append("data", e.data()));
        }
        Document actor = new Document("subject", c.actor().subject()).append("role", c.actor().role());
        if (c.actor().member() != null) {
            actor.append("member", c.actor().member());
        }
        if (c.actor().initiator() != null) {
            actor.append("initiator", c.actor().initiator());
        }
        return new Document("_id", c.key())
                .append("streamId", c.streamId())
                .append("sequence", c.firstSequence())
                .append("last", c.lastSequence())
                .append("time", Date.from(c.time()))
                .append("correlationId", c.correlationId())
                .append("causationId", c.causationId())
                .append("actor", actor)
                .append("events", events);
    }

    static Commit fromDocument(Document d) {
        Document actor = d.get("actor", Document.class);
        List<Commit.StoredEvent> events = new ArrayList<>();
        for (Document e : d.getList("events", Document.class)) {
            events.add(new Commit.StoredEvent(UUID.fromString(e.getString("id")), e.getString("type"),
                    number(e.get("sequence")), e.getString("data")));
        }
        return new Commit(d.getString("streamId"), number(d.get("sequence")), number(d.get("last")),
                d.getDate("time").toInstant(), d.getString("correlationId"), d.getString("causationId"),
                new Actor(actor.getString("subject"), actor.getString("role"), actor.getString("member"),
                        actor.getString("initiator")),
                List.copyOf(events));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
