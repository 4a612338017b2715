package org.charter.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import org.charter.committee.committee.BodiesFixture;
import org.charter.committee.committee.CommitteeId;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a poll held in a meeting is checked against (DOMAIN.md §3.5: at least 10 minutes, in session, quorate). */
class PollsInMeetingsTest {

    private static final String BOARD = "GOVERNING_BOARD";

    private final BodiesFixture bodies = BodiesFixture.withBoard(5);
    private final Instant now = bodies.clock.instant();

    @Test
    void a_poll_of_ten_minutes_in_a_quorate_meeting_in_session_is_admitted() {
        MeetingId id = bodies.sitting(CommitteeId.GOVERNING_BOARD, 3);

        MeetingSession session = bodies.polls.admit(id.value(), BOARD, now, now.plus(Duration.ofMinutes(10)));

        assertThat(session.inSession()).isTrue();
        assertThat(session.quorate()).isTrue();
        assertThat(session.committeeId()).isEqualTo(BOARD);
    }

    @Test
    void a_poll_shorter_than_ten_minutes_is_refused_naming_closes_at() {
        MeetingId id = bodies.sitting(CommitteeId.GOVERNING_BOARD, 3);

        RuleViolation refusal = refused(RuleViolation.class, "POLL_TOO_SHORT", () -> bodies.polls.admit(id.value(), BOARD, now,
                now.plus(Duration.ofMinutes(10)).minusMillis(1)));

        assertThat(refusal.getMessage()).startsWith("closesAt");
    }

    @Test
    void a_meeting_not_in_session_holds_no_poll() {
        MeetingId scheduled = bodies.meeting(CommitteeId.GOVERNING_BOARD, now.plus(Duration.ofDays(1)));
        MeetingId adjourned = bodies.sitting(CommitteeId.GOVERNING_BOARD, 3);
        bodies.holding.adjourn(CommitteeId.GOVERNING_BOARD, adjourned, BodiesFixture.secretary());

        refused(Conflict.class, "WRONG_STEP", () -> bodies.polls.admit(scheduled.value(), BOARD, now, now.plus(Duration.ofHours(1))));
        refused(Conflict.class, "WRONG_STEP", () -> bodies.polls.admit(adjourned.value(), BOARD, now, now.plus(Duration.ofHours(1))));
    }

    @Test
    void an_inquorate_meeting_holds_no_poll() {
        MeetingId id = bodies.sitting(CommitteeId.GOVERNING_BOARD, 2);

        refused(Conflict.class, "MEETING_NOT_QUORATE", () -> bodies.polls.admit(id.value(), BOARD, now, now.plus(Duration.ofHours(1))));
    }

    @Test
    void the_meeting_is_the_motions_bodys_and_exists() {
        MeetingId id = bodies.sitting(CommitteeId.GOVERNING_BOARD, 3);

        refused(RuleViolation.class, "MEETING_OF_ANOTHER_COMMITTEE", () -> bodies.polls.admit(id.value(), "EXECUTIVE_COMMITTEE",
                now, now.plus(Duration.ofHours(1))));
        refused(RuleViolation.class, "UNKNOWN_MEETING", () -> bodies.polls.admit("mt-0000000000", BOARD, now,
                now.plus(Duration.ofHours(1))));
        refused(RuleViolation.class, "UNKNOWN_MEETING", () -> bodies.polls.admit("nonsense", BOARD, now, now.plus(Duration.ofHours(1))));
    }
}
