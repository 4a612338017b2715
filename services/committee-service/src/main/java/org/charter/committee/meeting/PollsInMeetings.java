package org.charter.committee.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.PollsByMeeting;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollStatus;
import org.charter.committee.poll.PollType;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.Conflict;
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

    /**
     * Schedules the motion's next poll in the meeting, once the meeting admits it. The meeting
     * and the motion are two streams: when the meeting adjourns between its admission and the
     * poll's append, the adjournment may not have seen the poll (it closes the polls it finds
     * after its own append), so the meeting is read again after the poll's: if it has adjourned,
     * the poll is cancelled as never held and the command loses the race, 409 {@code WRONG_STEP}.
     * Unless the adjournment did see it and closed it: then the poll was held, and it stands.
     */
    public Recorded<Motion> schedule(MotionId motionId, PollType type, Instant opensAt, Instant closesAt, String meetingId,
                                     CommandContext context) {
        Motion motion = motions.get(motionId);
        MeetingSession session = admit(meetingId, motion.committee().id(), opensAt, closesAt);
        Motion.InMeeting held = new Motion.InMeeting(session.meetingId(), session.seats(), session.quorum(), session.present());
        Recorded<Motion> scheduled = scheduling.schedule(motionId, type, opensAt, closesAt, held, context);
        Optional<Instant> adjourned = meeting(session.meetingId()).adjournedAt();
        if (adjourned.isEmpty()) {
            return scheduled;
        }
        List<Poll> polls = scheduled.state().polls();
        PollId poll = polls.get(polls.size() - 1).id();
        Motion settled = motions.change(motionId, context,
                m -> m.cancelInAdjournedMeeting(poll, session.meetingId(), adjourned.get())).state();
        if (settled.poll(poll).status() == PollStatus.CANCELLED) {
            throw new Conflict("WRONG_STEP", "meeting " + session.meetingId() + " adjourned at " + adjourned.get()
                    + " while poll " + poll + " was being scheduled in it: the poll is cancelled, never held"
                    + " (PollCancelledByAdjournment); hold it in another meeting or as an electronic poll", settled.version());
        }
        return scheduled;
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
