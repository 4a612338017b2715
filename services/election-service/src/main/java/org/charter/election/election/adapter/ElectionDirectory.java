package org.charter.election.election.adapter;

import static org.charter.platform.readmodel.SortableInstants.FOREVER;
import static org.charter.platform.readmodel.SortableInstants.format;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.charter.election.election.ContestStatus;
import org.charter.election.election.Election;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionId;
import org.charter.platform.readmodel.DocumentReadModel;

/**
 * Read model of elections: one document per election with its contests' ids and statuses, and
 * {@code dueAt}, the earliest instant a contest's next step is due (opening, closing, counting, the
 * certification deadline),
 * so the clock finds what to move on with one query.
 */
public class ElectionDirectory extends DocumentReadModel<Election> {

    static final String COLLECTION = "election_directory";

    public ElectionDirectory(MongoDatabase database) {
        super(database, COLLECTION, Election.KIND, election -> election.id().value(), ElectionDirectory::document,
                collection -> collection.createIndex(Indexes.ascending("dueAt")));
    }

    public List<ElectionId> due(Instant now) {
        List<ElectionId> due = new ArrayList<>();
        for (Document doc : documents().find(Filters.lte("dueAt", format(now)))) {
            due.add(ElectionId.of(doc.getString("_id")));
        }
        return due;
    }

    /** The elections whose terms start at or after {@code since} (special elections name their fiscal year's term start). */
    public List<ElectionId> termStartingSince(Instant since) {
        List<ElectionId> ids = new ArrayList<>();
        for (Document doc : documents().find(Filters.gte("termStartsAt", format(since))).sort(new Document("termStartsAt", 1))) {
            ids.add(ElectionId.of(doc.getString("_id")));
        }
        return ids;
    }

    /** The ids of the contests with this status (all when null), in the order the elections were called. */
    public List<String> contests(ContestStatus status) {
        List<String> ids = new ArrayList<>();
        var filter = status == null ? new Document() : Filters.eq("contests.status", status.name());
        for (Document doc : documents().find(filter).sort(new Document("calledAt", 1))) {
            for (Document contest : doc.getList("contests", Document.class, List.of())) {
                if (status == null || status.name().equals(contest.getString("status"))) {
                    ids.add(contest.getString("id"));
                }
            }
        }
        return ids;
    }

    private static Document document(Election election) {
        List<Document> contests = new ArrayList<>();
        String dueAt = FOREVER;
        for (ContestView c : election.contests()) {
            contests.add(new Document("id", c.id()).append("status", c.status().name()));
            String due = switch (c.status()) {
                case SLATED -> format(c.opensAt());
                case OPEN -> format(c.closesAt());
                case CLOSED -> format(Instant.EPOCH);
                // a counted contest still to be certified: its certification lapses at the deadline
                case COUNTED -> c.certified() == null && c.lapsed() == null && c.runoff() == null
                        ? format(c.closedAt().plus(election.calendar().certification())) : FOREVER;
                default -> FOREVER;
            };
            dueAt = due.compareTo(dueAt) < 0 ? due : dueAt;
        }
        return new Document("fiscalYear", election.fiscalYear()).append("calledAt", format(election.calendar().nominationsOpenAt()))
                .append("contests", contests).append("dueAt", dueAt)
                .append("termStartsAt", format(election.termStartsAt()));
    }
}
