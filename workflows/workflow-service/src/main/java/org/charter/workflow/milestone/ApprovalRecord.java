package org.charter.workflow.milestone;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.NotFound;

/**
 * The published record of one policy approval: the milestones it reached, each once. A job that
 * the engine retries (its transaction rolled back after the milestone was recorded) records the
 * same milestone again, which changes nothing.
 */
public final class ApprovalRecord implements EventSourced<ApprovalMilestone> {

    public static final AggregateKind<String, ApprovalRecord, ApprovalMilestone> KIND =
            AggregateKind.of("approval", ApprovalMilestone.class, ApprovalRecord::streamOf, ApprovalRecord::replay)
                    .withNotFound(id -> new NotFound("PROCESS_NOT_FOUND", "no policy approval with process instance id " + id));

    private final Set<String> reached = new HashSet<>();
    private long version;

    public static String streamOf(String processInstanceId) {
        return "approval:" + processInstanceId;
    }

    public static ApprovalRecord replay(List<ApprovalMilestone> milestones) {
        ApprovalRecord record = new ApprovalRecord();
        milestones.forEach(record::apply);
        return record;
    }

    /** A new record's first events: the start, unless it is already recorded. */
    public static ApprovalRecord empty() {
        return new ApprovalRecord();
    }

    /** The milestone, or nothing when this approval has reached it already. */
    public List<ApprovalMilestone> reach(ApprovalMilestone milestone) {
        return reached.contains(milestone.key()) ? List.of() : List.of(milestone);
    }

    public boolean hasReached(String key) {
        return reached.contains(key);
    }

    @Override
    public void apply(ApprovalMilestone milestone) {
        reached.add(milestone.key());
        version++;
    }

    @Override
    public long version() {
        return version;
    }
}
