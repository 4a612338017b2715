package org.charter.committee.motion.adapter;

import static org.charter.platform.readmodel.SortableInstants.FOREVER;
import static org.charter.platform.readmodel.SortableInstants.format;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.MotionStatus;
import org.charter.committee.motion.PollsByMeeting;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollStatus;
import org.charter.platform.readmodel.DocumentReadModel;

/**
 * Read model of motions: one document per motion with what a listing shows, and {@code dueAt},
 * the instant its pending poll's next step is due (opening, closing, counting), so the scheduler
 * finds the polls to move on with one query.
 */
public class MotionDirectory extends DocumentReadModel<Motion> implements PollsByMeeting {

    static final String COLLECTION = "motion_directory";

    public MotionDirectory(MongoDatabase database) {
        super(database, COLLECTION, Motion.KIND, motion -> motion.id().value(), MotionDirectory::document,
                collection -> {
                    collection.createIndex(Indexes.ascending("status"));
                    collection.createIndex(Indexes.ascending("pendingPollMeeting"));
                });
    }

    @Override
    public List<MotionId> withPendingPollIn(String meetingId) {
        List<MotionId> found = new ArrayList<>();
        for (Document doc : documents().find(Filters.eq("pendingPollMeeting", meetingId))) {
            found.add(MotionId.of(doc.getString("_id")));
        }
        return found;
    }

    /** The motions whose pending poll has a step due at {@code now}. */
    List<MotionId> due(Instant now) {
        List<MotionId> due = new ArrayList<>();
        for (Document doc : documents().find(Filters.lte("dueAt", format(now)))) {
            due.add(MotionId.of(doc.getString("_id")));
        }
        return due;
    }

    /** The newest motions, at most {@code most}, whatever their status: a member's record and the roll calls read their polls. */
    public List<MotionId> newest(int most) {
        List<MotionId> found = new ArrayList<>();
        for (Document doc : documents().find().sort(Sorts.descending("proposedAt")).limit(most)) {
            found.add(MotionId.of(doc.getString("_id")));
        }
        return found;
    }

    PageView<MotionSummary> page(MotionStatus status, MotionKind kind, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        if (kind != null) {
            filters.add(Filters.eq("kind", kind.name()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = documents().countDocuments(filter);
        List<MotionSummary> content = new ArrayList<>();
        for (Document doc : documents().find(filter).sort(Sorts.descending("proposedAt"))
                .skip((int) Math.min((long) page * size, Integer.MAX_VALUE)).limit(size)) {
            content.add(new MotionSummary(doc.getString("_id"), doc.getString("title"), doc.getString("kind"),
                    doc.getString("committee"), doc.getString("status"), doc.getString("nextStep"),
                    doc.getInteger("textVersion", 1), doc.getString("pendingPoll")));
        }
        return new PageView<>(content, page, size, total);
    }

    private static Document document(Motion motion) {
        Poll pending = motion.pendingPoll().orElse(null);
        return new Document("title", motion.currentText().title())
                .append("kind", motion.kind().name())
                .append("committee", motion.committee().id())
                .append("status", motion.status().name())
                .append("nextStep", motion.nextStep())
                .append("textVersion", motion.currentText().number())
                .append("proposedAt", format(motion.versions().get(0).at()))
                .append("pendingPoll", pending == null ? null : pending.id().value())
                .append("pendingPollMeeting", pending == null ? null : pending.meeting().orElse(null))
                .append("dueAt", pending == null ? FOREVER : format(dueAt(pending)));
    }

    private static Instant dueAt(Poll poll) {
        return poll.status() == PollStatus.SCHEDULED ? poll.opensAt()
                : poll.status() == PollStatus.OPEN ? poll.closesAt() : poll.closedAt();
    }

    /** A motion in a listing. */
    record MotionSummary(String id, String title, String kind, String committee, String status, String nextStep,
                         int textVersion, String pendingPoll) {
    }

    /** A page, Spring-style. */
    record PageView<T>(List<T> content, int page, int size, long totalElements) {
    }
}
