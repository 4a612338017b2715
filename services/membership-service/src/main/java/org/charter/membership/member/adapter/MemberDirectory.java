package org.charter.membership.member.adapter;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static org.charter.platform.readmodel.SortableInstants.FOREVER;
import static org.charter.platform.readmodel.SortableInstants.format;
import static org.charter.platform.readmodel.SortableInstants.parse;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Standing;
import org.charter.membership.member.Tier;
import org.charter.platform.readmodel.DocumentReadModel;

/**
 * Read model for listing members: one document per member with its name, kind and
 * effective-dated status/tier timeline, each standing with the instant it ends, so that a
 * listing "as of T" with filters and paging is one query.
 */
class MemberDirectory extends DocumentReadModel<Member> {

    static final String COLLECTION = "member_directory";

    MemberDirectory(MongoDatabase database) {
        super(database, COLLECTION, Member.KIND, member -> member.id().value(), MemberDirectory::document,
                collection -> collection.createIndex(Indexes.ascending("kind")));
    }

    /** The members listed at an instant, filtered and paged in the query, by id. */
    PageView<MemberSummary> page(Tier tier, MemberStatus status, MemberKind kind, Instant at, int page, int size) {
        Document standing = new Document("since", new Document("$lte", format(at)))
                .append("until", new Document("$gt", format(at)));
        if (tier != null) {
            standing.append("tier", tier.name());
        }
        if (status != null) {
            standing.append("status", status.name());
        }
        List<Bson> filters = new ArrayList<>(List.of(elemMatch("timeline", standing)));
        if (kind != null) {
            filters.add(eq("kind", kind.name()));
        }
        Bson filter = and(filters);
        long total = documents().countDocuments(filter);
        List<MemberSummary> content = new ArrayList<>();
        for (Document doc : documents().find(filter).sort(Sorts.ascending("_id"))
                .skip((int) Math.min((long) page * size, Integer.MAX_VALUE)).limit(size)) {
            content.add(summary(doc, at));
        }
        return PageView.of(content, page, size, total);
    }

    private static Document document(Member member) {
        List<Standing> timeline = member.timeline();
        List<Document> standings = new ArrayList<>(timeline.size());
        for (int i = 0; i < timeline.size(); i++) {
            Standing s = timeline.get(i);
            String until = i + 1 < timeline.size() ? format(timeline.get(i + 1).since()) : FOREVER;
            standings.add(new Document("since", format(s.since())).append("until", until)
                    .append("status", s.status().name()).append("tier", s.tier().name()));
        }
        return new Document("name", member.name()).append("kind", member.kind().name()).append("timeline", standings);
    }

    private static MemberSummary summary(Document doc, Instant at) {
        Document found = null;
        for (Document d : doc.getList("timeline", Document.class)) {
            if (!parse(d.getString("since")).isAfter(at) && parse(d.getString("until")).isAfter(at)) {
                found = d;
            }
        }
        Standing standing = new Standing(parse(found.getString("since")), MemberStatus.valueOf(found.getString("status")),
                Tier.valueOf(found.getString("tier")));
        return new MemberSummary(doc.getString("_id"), doc.getString("name"), MemberKind.valueOf(doc.getString("kind")),
                standing.status(), standing.tier(), standing.votingRights(), standing.since());
    }
}
