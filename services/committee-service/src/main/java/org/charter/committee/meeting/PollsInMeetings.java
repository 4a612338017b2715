package org.charter.committee.meeting;

import java.time.Instant;
import java.util.List;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.PollsByMeeting;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.poll.PollType;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/**
 * Use cases of polls held in a meeting (DOMAIN.md §3.5): one is scheduled only once the meeting
 * admits it — the meeting exists, is the motion's body's, is in session and quorate, the poll lies
 * inside it and lasts at least {@link Meeting#SHORTEST_POLL} — and is recorded with
 * {@code PollHeldInMeeting}; the meeting's adjournment closes the polls still running in it.
 * Electronic polls between meetings name no meeting and skip all of this.
 */
public class PollsInMeetings {

    private final Meetings meetings;
    private final HoldingMeetings holding;
    private final Motions motions;
    private final SchedulingPolls scheduling;
    private final PollTimekeeping timekeeping;
    private final PollsByMeeting pollsByMeeting;

    public PollsInMeetings(Meetings meetings, HoldingMeetings holding, Motions motions, SchedulingPolls scheduling,
                           PollTimekeeping timekeeping, PollsByMeeting pollsByMeeting) {
        this.meetings = meetings;
        this.holding = holding;
        this.motions = motions;
        this.scheduling = scheduling;
        this.timekeeping = timekeeping;
        this.pollsByMeeting = pollsByMeeting;
    }

    /** The meeting's session as the poll is admitted to it; a refusal (422, 409) otherwise. */
    public MeetingSession admit(String meetingId, String committeeId, Instant opensAt, Instant closesAt) {
        Meeting meeting = meeting(meetingId);
        meeting.admitPoll(committeeId, opensAt, closesAt);
        return meeting.session();
    }

    /** Schedules the motion's next poll in the meeting, once the meeting admits it. */
    public Recorded<Motion> schedule(MotionId motionId, PollType type, Instant opensAt, Instant closesAt, String meetingId,
                                     CommandContext context) {
        Motion motion = motions.get(motionId);
        MeetingSession session = admit(meetingId, motion.committee().id(), opensAt, closesAt);
        Motion.InMeeting held = new Motion.InMeeting(session.meetingId(), session.seats(), session.quorum(), session.present());
        return scheduling.schedule(motionId, type, opensAt, closesAt, held, context);
    }

    /**
     * Adjourns the meeting, then closes the polls held in it that are still open (each counted as
     * at the adjournment) and cancels those not yet opened.
     */
    public Recorded<Meeting> adjourn(CommitteeId committee, MeetingId id, CommandContext context) {
        Recorded<Meeting> adjourned = holding.adjourn(committee, id, context);
        Instant at = adjourned.state().adjournedAt().orElseThrow();
        List<MotionId> running = pollsByMeeting.withPendingPollIn(id.value());
        for (MotionId motion : running) {
            timekeeping.meetingAdjourned(motion, id.value(), at, context);
        }
        return adjourned;
    }

    private Meeting meeting(String meetingId) {
        if (meetingId == null || meetingId.isBlank()) {
            throw new RuleViolation("UNKNOWN_MEETING", "meeting: the id of the meeting the poll is held in");
        }
        try {
            return meetings.get(MeetingId.of(meetingId.strip()));
        } catch (NotFound e) {
            throw new RuleViolation("UNKNOWN_MEETING", "meeting: no meeting with id " + meetingId);
        }
    }
}
