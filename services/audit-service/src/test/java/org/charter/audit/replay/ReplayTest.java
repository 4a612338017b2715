package org.charter.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.charter.audit.replay.adapter.StateJson;
import org.charter.platform.error.CharterException;
import org.junit.jupiter.api.Test;

/**
 * Replay rebuilds each aggregate of a scripted history, at every instant something changed and
 * just before and after it, exactly as the service's own aggregate held it then.
 */
class ReplayTest {

    private final Script script = Governance.script(StateJson::of);
    private final Replaying replaying = new Replaying(new ReplayKinds());

    @Test
    void a_member_admitted_suspended_and_reinstated_is_replayed_as_it_was_at_every_instant() {
        assertReplaysAsNoted("member", "GU");
        assertReplaysAsNoted("member", "PR");
        JsonNode suspended = state("member", "GU", Governance.APR.plusSeconds(60));
        assertThat(suspended.toString()).contains("SUSPENDED");
        assertThat(state("member", "GU", Governance.MAR).toString()).doesNotContain("SUSPENDED").contains("ACTIVE");
    }

    @Test
    void a_motion_through_a_blocked_round_and_an_adopted_one_is_replayed_at_every_step() {
        assertReplaysAsNoted("motion", Governance.MOTION);
        assertThat(state("motion", Governance.MOTION, Governance.FEB.plus(Duration.ofDays(8))).path("status").asText())
                .isEqualTo("OPEN");
        assertThat(state("motion", Governance.MOTION, Governance.JUN).path("status").asText()).isEqualTo("ADOPTED");
    }

    @Test
    void each_poll_is_replayed_from_its_motion_and_is_not_there_before_it_was_scheduled() {
        assertReplaysAsNoted("poll", Governance.FIRST_ROUND);
        assertReplaysAsNoted("poll", Governance.SECOND_ROUND);
        assertThat(state("poll", Governance.FIRST_ROUND, Governance.JUN).toString()).contains("BLOCKED");
        assertThatThrownBy(() -> replay("poll", Governance.SECOND_ROUND, Governance.FEB.plus(Duration.ofDays(9)), all()))
                .isInstanceOf(CharterException.class).hasMessageContaining("no poll " + Governance.SECOND_ROUND);
    }

    @Test
    void a_budget_proposed_and_submitted_is_replayed_at_each_step() {
        assertReplaysAsNoted("budget", Governance.FISCAL_YEAR);
        assertThat(state("budget", Governance.FISCAL_YEAR, Governance.JUN).toString()).contains("EC_REVIEW");
    }

    @Test
    void before_its_first_event_nothing_is_recorded_and_replay_says_so() {
        assertThatThrownBy(() -> replay("member", "GU", Governance.JAN.minusSeconds(1), all()))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_RECORDED"));
        assertThatThrownBy(() -> replay("treasure", "GU", Governance.JUN, all()))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.code()).isEqualTo("REPLAY_KIND_UNKNOWN"));
    }

    @Test
    void a_redelivered_copy_and_interleaved_order_of_other_streams_change_nothing() {
        List<HistoricalEvent> shuffled = new ArrayList<>(script.events());
        shuffled.sort(Comparator.comparing(HistoricalEvent::time).thenComparing(HistoricalEvent::subject).reversed());
        shuffled.addAll(script.events()); // every event delivered twice
        History messy = context -> shuffled.stream();

        for (Instant at : script.instants("motion", Governance.MOTION)) {
            assertThat(StateJson.of(replay("motion", Governance.MOTION, at, messy).state()))
                    .isEqualTo(script.stateAt("motion", Governance.MOTION, at));
        }
    }

    private void assertReplaysAsNoted(String kind, String id) {
        for (Instant noted : script.instants(kind, id)) {
            for (Instant at : List.of(noted, noted.plusMillis(1), noted.minusMillis(1))) {
                Object expected = script.stateAt(kind, id, at);
                if (expected == null) {
                    continue;
                }
                Replayed replayed = replay(kind, id, at, all());
                assertThat(StateJson.of(replayed.state())).as(kind + " " + id + " at " + at).isEqualTo(expected);
                assertThat(replayed.asOf()).isEqualTo(at);
                assertThat(replayed.lastEventAt()).isBeforeOrEqualTo(at);
            }
        }
    }

    private JsonNode state(String kind, String id, Instant at) {
        return StateJson.of(replay(kind, id, at, all()).state());
    }

    private Replayed replay(String kind, String id, Instant at, History history) {
        return replaying.replay(kind, id, at, history);
    }

    private History all() {
        return context -> script.events().stream();
    }
}
