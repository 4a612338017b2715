package org.charter.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charter.platform.event.CommandContext;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.test.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/**
 * A task is announced once per assignee in a row: a repeat records nothing, a change (or a return)
 * records anew; an announcement of a revision no newer than the last announced is stale and records nothing.
 */
class TaskAnnouncementTest {

    private final InMemoryEventStore store = new InMemoryEventStore(Clock.systemUTC(), "workflow");
    private final AnnouncingTasks tasks = new AnnouncingTasks(new TaskAnnouncements(EventStreams.of(store)));

    private static TaskAssigned assigned(String assignee, long revision) {
        return new TaskAssigned("t1", "Revise the motion", "ReviseMotion", "policy-approval", "p1", "m1", assignee,
                List.of("secretary"), List.of(), Instant.parse("2027-03-01T17:00:00Z"), null, TaskAssigned.linkTo("t1"),
                revision);
    }

    private List<String> assignees() {
        return tasks.history("t1").stream().map(e -> ((TaskEvent) e.data()).assignee()).toList();
    }

    @Test
    void the_same_assignee_again_records_nothing_and_a_new_one_records_a_new_event() {
        assertThat(tasks.announce(assigned(null, 1), "c1")).hasSize(1);
        assertThat(tasks.announce(assigned(null, 1), "c1")).isEmpty();
        assertThat(tasks.isAnnounced("t1", null)).isTrue();
        assertThat(tasks.isAnnounced("t1", "ann")).isFalse();

        assertThat(tasks.announce(assigned("ann", 2), "c1")).singleElement()
                .satisfies(e -> assertThat(e.streamId()).isEqualTo("task:t1"));
        assertThat(tasks.announce(assigned("ann", 3), "c1")).isEmpty();
        assertThat(tasks.announce(assigned(null, 4), null)).hasSize(1);
        assertThat(assignees()).containsExactly(null, "ann", null);
        assertThat(store.appends()).isEqualTo(3);
    }

    @Test
    void a_sweep_that_read_the_task_before_its_reassignment_was_announced_records_nothing() {
        tasks.announce(assigned(null, 1), "c1");
        TaskAssigned sweepRead = assigned("ann", 2);
        tasks.announce(assigned("bob", 3), "c1"); // reassigned meanwhile, and announced by its listener

        assertThat(tasks.isAnnounced("t1", "ann")).isFalse();
        assertThat(tasks.announce(sweepRead, "c1")).isEmpty();
        assertThat(tasks.isAnnounced("t1", "bob")).isTrue();
        assertThat(assignees()).containsExactly(null, "bob");
    }

    @Test
    void listeners_of_two_reassignments_running_in_reverse_order_leave_the_later_one_last() {
        tasks.announce(assigned(null, 1), "c1");
        assertThat(tasks.announce(assigned("cat", 3), "c1")).hasSize(1);
        assertThat(tasks.announce(assigned("bob", 2), "c1")).isEmpty();
        assertThat(assignees()).containsExactly(null, "cat");
    }

    @Test
    void the_same_revision_with_another_assignee_is_not_newer_and_records_nothing() {
        tasks.announce(assigned("ann", 2), "c1");
        assertThat(tasks.announce(assigned("bob", 2), "c1")).isEmpty();
        assertThat(assignees()).containsExactly("ann");
    }

    @Test
    void a_version_1_announcement_without_a_revision_is_older_than_any_announcement_since() {
        var legacy = new TaskAssignedV1("t1", "Revise the motion", "ReviseMotion", "policy-approval", "p1", "m1", "ann",
                List.of("secretary"), List.of(), Instant.parse("2027-03-01T17:00:00Z"), null, TaskAssigned.linkTo("t1"));
        store.append("task:t1", 0, List.of(legacy), new CommandContext(org.charter.workflow.milestone.RecordingMilestones.WORKFLOW, "c1", null));

        assertThat(tasks.isAnnounced("t1", "ann")).isTrue();
        assertThat(tasks.announce(assigned("ann", 5), "c1")).isEmpty();
        assertThat(tasks.announce(assigned("bob", 1), "c1")).hasSize(1);
        assertThat(assignees()).containsExactly("ann", "bob");
    }

    @Test
    void a_task_never_announced_is_not_announced_and_has_no_history() {
        assertThat(tasks.isAnnounced("t9", null)).isFalse();
        assertThat(tasks.history("t9")).isEmpty();
        assertThat(TaskAssigned.linkTo("t9")).isEqualTo("/processes?task=t9");
    }
}
