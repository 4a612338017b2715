package org.charter.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import org.charter.committee.committee.BodiesFixture;
import org.charter.committee.committee.CommitteeId;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionEvent.PollHeldInMeeting;
import org.charter.committee.motion.MotionId;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollStatus;
import org.charter.committee.poll.PollType;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
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

    // ---------------------------------------------------------------- scheduling in the meeting, closing, adjournment

    private final CommitteeId board = CommitteeId.GOVERNING_BOARD;

    private PollId pollIn(MeetingId meeting, MotionId motion, Instant opensAt, Duration length) {
        Motion scheduled = bodies.polls.schedule(motion, PollType.CONSENSUS_ROUND, opensAt, opensAt.plus(length),
                meeting.value(), BodiesFixture.secretary()).state();
        return scheduled.polls().get(scheduled.polls().size() - 1).id();
    }

    @Test
    void a_poll_held_in_a_meeting_is_recorded_with_the_meeting_and_its_quorum_then() {
        MeetingId meeting = bodies.sitting(board, 3);
        MotionId motion = bodies.motion();

        PollId poll = pollIn(meeting, motion, now, Duration.ofMinutes(15));

        assertThat(bodies.motions.get(motion).poll(poll).meeting()).contains(meeting.value());
        assertThat(bodies.motions.get(motion).poll(poll).status()).isEqualTo(PollStatus.OPEN);
        assertThat(bodies.motions.history(motion)).extracting(RecordedEvent::data)
                .contains(new PollHeldInMeeting(motion.value(), poll.value(), meeting.value(), 5, 3, 3));
    }

    @Test
    void a_poll_closing_after_the_meeting_s_scheduled_end_or_opening_before_the_meeting_is_outside_it() {
        MeetingId meeting = bodies.sitting(board, 3);
        Instant end = bodies.meeting(meeting).arrangements().endsAt();
        MotionId motion = bodies.motion();
        int before = bodies.appends();

        RuleViolation late = refused(RuleViolation.class, "POLL_OUTSIDE_MEETING",
                () -> pollIn(meeting, motion, end.minus(Duration.ofMinutes(10)), Duration.ofMinutes(10).plusSeconds(1)));
        RuleViolation early = refused(RuleViolation.class, "POLL_OUTSIDE_MEETING",
                () -> pollIn(meeting, motion, now.minusSeconds(1), Duration.ofMinutes(30)));

        assertThat(late.getMessage()).startsWith("closesAt");
        assertThat(early.getMessage()).startsWith("opensAt");
        assertThat(bodies.appends()).isEqualTo(before);
        assertThat(bodies.motions.get(motion).polls()).isEmpty();
    }

    @Test
    void a_refused_poll_in_a_meeting_records_nothing_on_the_motion() {
        MeetingId inquorate = bodies.sitting(board, 2);
        MeetingId quorate = bodies.sitting(board, 3);
        MotionId motion = bodies.motion();
        int before = bodies.appends();

        refused(Conflict.class, "MEETING_NOT_QUORATE", () -> pollIn(inquorate, motion, now, Duration.ofMinutes(20)));
        refused(RuleViolation.class, "POLL_TOO_SHORT", () -> pollIn(quorate, motion, now, Duration.ofMinutes(9)));
        refused(RuleViolation.class, "UNKNOWN_MEETING", () -> pollIn(MeetingId.of("mt-0000000000"), motion, now,
                Duration.ofMinutes(20)));

        assertThat(bodies.appends()).isEqualTo(before);
    }

    @Test
    void the_secretary_may_not_close_a_poll_held_in_a_meeting_before_its_ten_minutes_are_up() {
        MeetingId meeting = bodies.sitting(board, 3);
        MotionId motion = bodies.motion();
        PollId poll = pollIn(meeting, motion, now, Duration.ofMinutes(30));
        bodies.clock.advance(Duration.ofMinutes(10).minusMillis(1));

        Conflict tooSoon = refused(Conflict.class, "POLL_TOO_SHORT", () -> bodies.timekeeping.closeNow(poll,
                BodiesFixture.secretary()));
        assertThat(tooSoon.getMessage()).contains(now.plus(Duration.ofMinutes(10)).toString());
        assertThat(bodies.motions.get(motion).poll(poll).status()).isEqualTo(PollStatus.OPEN);

        bodies.clock.advance(Duration.ofMillis(1));
        Motion closed = bodies.timekeeping.closeNow(poll, BodiesFixture.secretary());
        assertThat(closed.poll(poll).isCounted()).isTrue();
    }

    @Test
    void adjourning_the_meeting_closes_its_open_polls_as_at_the_adjournment_and_cancels_those_not_yet_open() {
        MeetingId meeting = bodies.sitting(board, 3);
        MotionId running = bodies.motion();
        MotionId later = bodies.motion();
        MotionId electronic = bodies.motion();
        PollId open = pollIn(meeting, running, now, Duration.ofMinutes(60));
        PollId notYet = pollIn(meeting, later, now.plus(Duration.ofMinutes(90)), Duration.ofMinutes(20));
        PollId between = bodies.schedulingPolls.schedule(electronic, PollType.CONSENSUS_ROUND, now, now.plus(Duration.ofDays(7)),
                BodiesFixture.secretary()).state().polls().get(0).id();
        bodies.clock.advance(Duration.ofMinutes(25));

        Meeting adjourned = bodies.polls.adjourn(board, meeting, BodiesFixture.secretary()).state();
        bodies.timekeeping.catchUp(running, "tick");

        Instant at = adjourned.adjournedAt().orElseThrow();
        assertThat(adjourned.status()).isEqualTo(MeetingStatus.ADJOURNED);
        var closed = bodies.motions.get(running).poll(open);
        assertThat(closed.closedAt()).isEqualTo(at);
        assertThat(closed.result()).isPresent();
        var cancelled = bodies.motions.get(later).poll(notYet);
        assertThat(cancelled.status()).isEqualTo(PollStatus.CANCELLED);
        assertThat(cancelled.cancellation()).isEqualTo("MEETING_ADJOURNED");
        assertThat(bodies.motions.get(later).status()).isEqualTo(org.charter.committee.motion.MotionStatus.OPEN);
        assertThat(bodies.motions.get(electronic).poll(between).status()).isEqualTo(PollStatus.OPEN);
    }

    @Test
    void a_poll_scheduled_while_its_meeting_adjourns_unseen_loses_the_race_and_is_cancelled_never_held() {
        MeetingId meeting = bodies.sitting(board, 3);
        MotionId motion = bodies.motion();
        // the adjournment lands, whole, between the meeting's admission of the poll and the poll's append
        SchedulingPolls adjourningFirst = new SchedulingPolls(bodies.motions, bodies.electorates, bodies.clock) {
            @Override
            public Recorded<Motion> schedule(MotionId id, PollType type, Instant opensAt, Instant closesAt,
                                             Motion.InMeeting held, CommandContext context) {
                bodies.polls.adjourn(board, meeting, BodiesFixture.secretary());
                return super.schedule(id, type, opensAt, closesAt, held, context);
            }
        };
        PollsInMeetings racing = new PollsInMeetings(bodies.meetings, bodies.holding, bodies.motions, adjourningFirst,
                bodies.timekeeping, bodies.pollsByMeeting);

        Conflict refusal = refused(Conflict.class, "WRONG_STEP", () -> racing.schedule(motion, PollType.CONSENSUS_ROUND, now,
                now.plus(Duration.ofMinutes(30)), meeting.value(), BodiesFixture.secretary()));

        assertThat(refusal.getMessage()).contains("meeting " + meeting.value() + " adjourned", "cancelled, never held");
        Motion after = bodies.motions.get(motion);
        assertThat(after.polls()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PollStatus.CANCELLED);
            assertThat(p.cancellation()).isEqualTo("MEETING_ADJOURNED");
        });
        assertThat(after.pendingPoll()).as("no poll left open in a meeting that is over").isEmpty();
        assertThat(after.nextStep()).as("no round spent").isEqualTo("CONSENSUS_ROUND");
    }

    @Test
    void a_poll_the_adjournment_saw_and_closed_stands_as_held() {
        MeetingId meeting = bodies.sitting(board, 3);
        MotionId motion = bodies.motion();
        PollId poll = pollIn(meeting, motion, now, Duration.ofMinutes(30));
        bodies.clock.advance(Duration.ofMinutes(15));

        bodies.polls.adjourn(board, meeting, BodiesFixture.secretary());

        assertThat(bodies.motions.get(motion).cancelInAdjournedMeeting(poll, meeting.value(), bodies.clock.instant()))
                .as("closed by the adjournment: nothing to cancel").isEmpty();
    }
}
