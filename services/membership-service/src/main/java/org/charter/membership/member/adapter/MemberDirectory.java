package org.charter.membership.member.adapter;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberEvent;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Members;
import org.charter.membership.member.Standing;
import org.charter.membership.member.Tier;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.projection.Projection;

/**
 * Read model for listing members: one document per member with its name, kind and effective-dated
 * status/tier timeline, so a listing "as of T" filters without replaying every stream. A document
 * is only replaced by one built from a later stream version (idempotent per (stream, sequence)).
 */
class MemberDirectory implements Projection {

    static final String COLLECTION = "member_directory";

    private final MongoCollection<Document> collection;
    private final Members members;

    MemberDirectory(MongoDatabase database, Members members) {
        this.collection = database.getCollection(COLLECTION);
        this.members = members;
    }

    @Override
    public String name() {
        return "member-directory";
    }

    @Override
    public void reset() {
        collection.deleteMany(new Document());
    }

    @Override
    public void apply(RecordedEvent event) {
        if (!(event.data() instanceof MemberEvent memberEvent)) {
            return;
        }
        Member member = members.get(MemberId.of(memberEvent.memberId()));
        List<Document> timeline = member.timeline().stream()
                .map(s -> new Document("since", s.since().toString()).append("status", s.status().name())
                        .append("tier", s.tier().name()))
                .toList();
        Document doc = new Document("_id", member.id().value())
                .append("version", member.version())
                .append("name", member.name())
                .append("kind", member.kind().name())
                .append("timeline", timeline);
        try {
            collection.replaceOne(and(eq("_id", member.id().value()), lt("version", member.version())), doc,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a newer version is already projected: nothing to do
        }
    }

    boolean isEmpty() {
        return collection.countDocuments() == 0;
    }

    /** Every member as listed, by id. */
    List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (Document doc : collection.find().sort(Sorts.ascending("_id"))) {
            List<Standing> timeline = doc.getList("timeline", Document.class).stream()
                    .map(d -> new Standing(Instant.parse(d.getString("since")), MemberStatus.valueOf(d.getString("status")),
                            Tier.valueOf(d.getString("tier"))))
                    .toList();
            entries.add(new Entry(doc.getString("_id"), doc.getString("name"), MemberKind.valueOf(doc.getString("kind")),
                    timeline));
        }
        return entries;
    }

    /** A listed member with its timeline. */
    record Entry(String id, String name, MemberKind kind, List<Standing> timeline) {

        Standing standingAt(Instant at) {
            Standing found = null;
            for (Standing standing : timeline) {
                if (standing.since().isAfter(at)) {
                    break;
                }
                found = standing;
            }
            return found;
        }
    }
}
