package org.charter.notification.roll.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.notification.roll.Appointments;
import org.charter.notification.roll.MembershipFact;
import org.charter.notification.roll.MembershipFact.AlternatesAppointed;
import org.charter.notification.roll.MembershipFact.Appointee;
import org.charter.notification.roll.MembershipFact.AppointmentsEnded;
import org.charter.notification.roll.MembershipFact.DelegateAppointed;
import org.charter.notification.roll.Roll;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.projection.Projection;
import org.charter.platform.readmodel.VersionedDocuments;

/**
 * Each member's delegates and alternates, projected from {@code charter.membership.events}: one
 * document per member, each entry effective-dated. Every event is one single-document update
 * conditioned on the member's last applied sequence, so a redelivered event changes nothing.
 */
class AppointmentRoll implements Projection, Roll {

    static final String COLLECTION = "appointment_roll";

    private final MongoDatabase database;

    AppointmentRoll(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return COLLECTION;
    }

    @Override
    public void reset() {
        documents().drop();
    }

    @Override
    public void apply(RecordedEvent event) {
        if (!(event.data() instanceof MembershipFact fact)) {
            return;
        }
        Bson update = null;
        if (fact instanceof DelegateAppointed appointed) {
            update = Updates.push("delegates", new Document("effectiveAt", format(appointed.effectiveAt()))
                    .append("personId", appointed.delegate().personId()).append("name", appointed.delegate().name()));
        } else if (fact instanceof AlternatesAppointed appointed) {
            update = Updates.push("alternates", new Document("effectiveAt", format(appointed.effectiveAt()))
                    .append("people", appointed.alternates().stream()
                            .map(a -> new Document("personId", a.personId()).append("name", a.name())).toList()));
        } else if (fact instanceof AppointmentsEnded ended) {
            update = endedUpdate(ended);
        }
        // every other fact still moves the member's sequence on, so that order is kept per member
        VersionedDocuments.applyOnce(documents(), fact.memberId(), event.sequence(),
                update == null ? Updates.set("memberId", fact.memberId()) : update);
    }

    @Override
    public Appointments appointmentsOf(String memberId) {
        Document doc = documents().find(Filters.eq("_id", memberId)).first();
        if (doc == null) {
            return Appointments.none(memberId);
        }
        List<Appointments.DelegateTerm> delegates = doc.getList("delegates", Document.class, List.of()).stream()
                .map(d -> new Appointments.DelegateTerm(parse(d.getString("effectiveAt")), d.getString("personId"),
                        d.getString("name")))
                .toList();
        List<Appointments.AlternatesTerm> alternates = doc.getList("alternates", Document.class, List.of()).stream()
                .map(d -> new Appointments.AlternatesTerm(parse(d.getString("effectiveAt")),
                        d.getList("people", Document.class, List.of()).stream()
                                .map(p -> new Appointee(p.getString("personId"), p.getString("name"))).toList()))
                .toList();
        return new Appointments(memberId, delegates, alternates);
    }

    private static Bson endedUpdate(AppointmentsEnded ended) {
        List<Bson> updates = new ArrayList<>();
        if (ended.endsDelegate()) {
            updates.add(Updates.push("delegates", new Document("effectiveAt", format(ended.effectiveAt()))
                    .append("personId", null).append("name", null)));
        }
        if (ended.endsAlternates()) {
            updates.add(Updates.push("alternates", new Document("effectiveAt", format(ended.effectiveAt()))
                    .append("people", List.of())));
        }
        return updates.isEmpty() ? null : Updates.combine(updates);
    }

    private MongoCollection<Document> documents() {
        return database.getCollection(COLLECTION);
    }
}
