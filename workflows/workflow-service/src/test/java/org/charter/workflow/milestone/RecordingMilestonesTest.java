package org.charter.workflow.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.CommandContext;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.platform.test.Refusals;
import org.charter.workflow.milestone.ApprovalMilestone.ConsensusRoundOpened;
import org.charter.workflow.milestone.ApprovalMilestone.PolicyApprovalStarted;
import org.junit.jupiter.api.Test;

class RecordingMilestonesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T17:00:00Z");
    private final RecordingMilestones milestones = new RecordingMilestones(new ApprovalRecords(
            EventStreams.of(new InMemoryEventStore(Clock.fixed(NOW, ZoneOffset.UTC), "workflow")), List.of()));

    @Test
    void a_milestone_recorded_again_by_a_retried_job_is_recorded_once() {
        var started = new PolicyApprovalStarted("7", "m-abcdefghij", 1, "sam", Map.of("notice", "P14D"), NOW);
        var opened = new ConsensusRoundOpened("7", "m-abcdefghij", 1, "m-abcdefghij-1", NOW, NOW.plusSeconds(60));
        assertThat(milestones.reach(started, CommandContext.system())).hasSize(1);
        assertThat(milestones.reach(opened, CommandContext.system())).hasSize(1);
        assertThat(milestones.reach(opened, CommandContext.system())).isEmpty();
        assertThat(milestones.reach(started, CommandContext.system())).isEmpty();
        assertThat(milestones.history("7")).extracting(e -> e.data()).containsExactly(started, opened);
    }

    @Test
    void the_second_round_is_another_milestone_than_the_first() {
        milestones.reach(new ConsensusRoundOpened("8", "m-abcdefghij", 1, "p-1", NOW, NOW), CommandContext.system());
        milestones.reach(new ConsensusRoundOpened("8", "m-abcdefghij", 2, "p-2", NOW, NOW), CommandContext.system());
        assertThat(milestones.history("8")).hasSize(2);
    }

    @Test
    void an_unknown_process_has_no_history() {
        Refusals.refused(NotFound.class, "PROCESS_NOT_FOUND", () -> milestones.history("nope"));
    }
}
