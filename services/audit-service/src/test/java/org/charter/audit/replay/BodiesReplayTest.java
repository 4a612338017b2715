package org.charter.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.charter.audit.replay.adapter.StateJson;
import org.charter.platform.error.CharterException;
import org.junit.jupiter.api.Test;

/**
 * Meetings, the Executive Committee's seats and collaboratives are replayed with the committee's,
 * election's and membership's own aggregates, at every instant something changed and just before
 * and after it, exactly as the service held them then.
 */
class BodiesReplayTest {

    private final Script script = Bodies.script(StateJson::of);
    private final Replaying replaying = new Replaying(new ReplayKinds());

    @Test
    void a_meeting_scheduled_opened_attended_adjourned_and_minuted_is_replayed_at_every_step() {
        assertReplaysAsNoted("meeting", Bodies.MEETING);
        assertThat(state("meeting", Bodies.MEETING, Governance.JAN).path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(state("meeting", Bodies.MEETING, Governance.FEB.plusSeconds(600)).path("status").asText())
                .isEqualTo("IN_SESSION");
        assertThat(state("meeting", Bodies.MEETING, Governance.JUN).path("minutes").toString())
                .contains("The board met and heard the report.");
    }

    @Test
    void the_executive_committees_seats_are_replayed_as_held_and_as_vacated() {
        assertReplaysAsNoted("seats", Bodies.SEATS);
        assertThat(state("seats", Bodies.SEATS, Bodies.JUL).path("holders").toString()).contains("person-GU");
        assertThat(state("seats", Bodies.SEATS, Bodies.SEP).path("holders").size()).isZero();
        assertThat(state("seats", Bodies.SEATS, Bodies.OCT).path("holders").toString()).contains("person-PR", "INTERIM");
        assertThatThrownBy(() -> replaying.replay("seats", "board", Bodies.SEP, all()))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.code()).isEqualTo("SEATS_NOT_FOUND"));
    }

    @Test
    void a_collaborative_and_its_enrolments_are_replayed_at_every_step() {
        assertReplaysAsNoted("collaborative", Bodies.COLLABORATIVE);
        assertThat(state("collaborative", Bodies.COLLABORATIVE, Governance.APR).toString()).contains("GU")
                .doesNotContain("person-PR");
        assertThatThrownBy(() -> replaying.replay("collaborative", Bodies.COLLABORATIVE, Governance.FEB, all()))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_RECORDED"));
    }

    private void assertReplaysAsNoted(String kind, String id) {
        assertThat(script.instants(kind, id)).hasSizeGreaterThan(2);
        for (Instant noted : script.instants(kind, id)) {
            for (Instant at : List.of(noted, noted.plusMillis(1), noted.minusMillis(1))) {
                Object expected = script.stateAt(kind, id, at);
                if (expected == null) {
                    continue;
                }
                Replayed replayed = replaying.replay(kind, id, at, all());
                assertThat(StateJson.of(replayed.state())).as(kind + " " + id + " at " + at).isEqualTo(expected);
                assertThat(replayed.lastEventAt()).isBeforeOrEqualTo(at);
            }
        }
    }

    private JsonNode state(String kind, String id, Instant at) {
        return StateJson.of(replaying.replay(kind, id, at, all()).state());
    }

    private History all() {
        return context -> script.events().stream();
    }
}
