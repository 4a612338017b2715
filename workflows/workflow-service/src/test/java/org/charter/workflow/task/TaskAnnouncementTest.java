package org.charter.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.test.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** A task is announced once per assignee in a row: a repeat records nothing, a change (or a return) records anew. */
class TaskAnnouncementTest {

    private final InMemoryEventStore store = new InMemoryEventStore(Clock.systemUTC(), "workflow");
    private final AnnouncingTasks tasks = new AnnouncingTasks(new TaskAnnouncements(EventStreams.of(store)));

    private static TaskAssigned assigned(String assignee) {
        return new TaskAssigned("t1", "Revise the motion", "ReviseMotion", "policy-approval", "p1", "m1", assignee,
                List.of("secretary"), List.of(), Instant.parse("2027-03-01T17:00:00Z"), null, TaskAssigned.linkTo("t1"));
    }

    @Test
    void the_same_assignee_again_records_nothing_and_a_new_one_records_a_new_event() {
        assertThat(tasks.announce(assigned(null), "c1")).hasSize(1);
        assertThat(tasks.announce(assigned(null), "c1")).isEmpty();
        assertThat(tasks.isAnnounced("t1", null)).isTrue();
        assertThat(tasks.isAnnounced("t1", "ann")).isFalse();

        assertThat(tasks.announce(assigned("ann"), "c1")).singleElement()
                .satisfies(e -> assertThat(e.streamId()).isEqualTo("task:t1"));
        assertThat(tasks.announce(assigned("ann"), "c1")).isEmpty();
        assertThat(tasks.announce(assigned(null), null)).hasSize(1);
        assertThat(tasks.history("t1")).extracting(e -> ((TaskAssigned) e.data()).assignee()).containsExactly(null, "ann", null);
        assertThat(store.appends()).isEqualTo(3);
    }

    @Test
    void a_task_never_announced_is_not_announced_and_has_no_history() {
        assertThat(tasks.isAnnounced("t9", null)).isFalse();
        assertThat(tasks.history("t9")).isEmpty();
        assertThat(TaskAssigned.linkTo("t9")).isEqualTo("/processes?task=t9");
    }
}
