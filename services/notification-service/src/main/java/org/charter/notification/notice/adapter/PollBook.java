package org.charter.notification.notice.adapter;

import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.HashSet;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.notification.notice.CommitteeFact;
import org.charter.notification.notice.Polls;

/**
 * One document per poll: its window, frozen electorate and the members that have answered (never
 * how); one per motion (collection motions): the committee it was put to. Each fact is one
 * idempotent single-document update, so a redelivered fact changes nothing.
 */
class PollBook implements Polls {

    static final String COLLECTION = "polls";
    static final String MOTIONS = "motions";

    private final MongoCollection<Document> polls;
    private final MongoCollection<Document> motions;

    PollBook(MongoDatabase database) {
        this.polls = database.getCollection(COLLECTION);
        this.motions = database.getCollection(MOTIONS);
    }

    @Override
    public void proposed(CommitteeFact.MotionProposed p) {
        motions.updateOne(Filters.eq("_id", p.motionId()), Updates.set("committee", p.committee()),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<String> committeeOf(String motionId) {
        return Optional.ofNullable(motions.find(Filters.eq("_id", motionId)).first()).map(d -> d.getString("committee"));
    }

    @Override
    public void scheduled(CommitteeFact.PollScheduled s) {
        upsert(s.pollId(), Updates.combine(Updates.set("motionId", s.motionId()), Updates.set("type", s.type()),
                Updates.set("closesAt", format(s.closesAt()))));
    }

    @Override
    public void opened(CommitteeFact.PollOpened o) {
        upsert(o.pollId(), Updates.combine(Updates.set("motionId", o.motionId()), Updates.set("electorate", o.electorate()),
                Updates.set("openedAt", format(o.opensAt()))));
    }

    @Override
    public void answered(CommitteeFact.Answered a) {
        upsert(a.pollId(), Updates.addToSet("answered", a.memberId()));
    }

    @Override
    public Optional<Poll> poll(String pollId) {
        Document d = polls.find(Filters.eq("_id", pollId)).first();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new Poll(pollId, d.getString("motionId"), d.getString("type"),
                d.getString("closesAt") == null ? null : parse(d.getString("closesAt")),
                d.getList("electorate", String.class, java.util.List.of()),
                d.getString("openedAt") == null ? null : parse(d.getString("openedAt")),
                new HashSet<>(d.getList("answered", String.class, java.util.List.of()))));
    }

    private void upsert(String pollId, Bson update) {
        polls.updateOne(Filters.eq("_id", pollId), update, new UpdateOptions().upsert(true));
    }
}
