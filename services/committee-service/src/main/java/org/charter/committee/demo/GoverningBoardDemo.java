package org.charter.committee.demo;

import org.charter.platform.demo.DemoLoads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.meeting.AgendaItemKind;
import org.charter.committee.meeting.Arrangements;
import org.charter.committee.meeting.HoldingMeetings;
import org.charter.committee.meeting.HoldingMeetings.AddAgendaItem;
import org.charter.committee.meeting.KeepingMinutes;
import org.charter.committee.meeting.Meeting;
import org.charter.committee.meeting.Meeting.AttendanceEntry;
import org.charter.committee.meeting.MeetingFormat;
import org.charter.committee.meeting.MeetingId;
import org.charter.committee.meeting.PollsInMeetings;
import org.charter.committee.meeting.Presence;
import org.charter.committee.meeting.SchedulingMeetings;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.motion.ProposingMotions;
import org.charter.committee.motion.ProposingMotions.ProposeMotion;
import org.charter.committee.motion.RevisingMotions;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollType;
import org.charter.committee.vote.CastingVotes;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;

/**
 * The Governing Board of the demo consortium, so that a new user sees the whole machinery at
 * once: a meeting held two weeks ago (agenda, attendance with a quorum, minutes drafted), a policy
 * adopted by consensus in its second round after a block and a reservation were answered by a
 * revision, and a second policy whose first consensus round is open for a week. Recorded on the
 * service's real clock through the very use cases the API calls, by the secretary
 * {@code demo-loader} and the members' own delegates (the roll's, as membership appointed them):
 * the demo is history like any other. Loaded once: {@link DemoLoads} remembers it.
 */
public class GoverningBoardDemo {

    public static final String NAME = "governing-board";
    static final Actor LOADER = new Actor("demo-loader", "secretary", null);
    /** Fewer voting members than this and the roll is not the demo consortium's yet. */
    public static final int SMALLEST_BOARD = 5;

    private final Roll roll;
    private final DemoLoads loads;
    private final ProposingMotions proposing;
    private final RevisingMotions revising;
    private final SchedulingPolls polls;
    private final PollTimekeeping timekeeping;
    private final CastingVotes casting;
    private final SchedulingMeetings meetings;
    private final HoldingMeetings holding;
    private final PollsInMeetings adjourning;
    private final KeepingMinutes minutes;
    private final Clock clock;

    public GoverningBoardDemo(Roll roll, DemoLoads loads, ProposingMotions proposing, RevisingMotions revising,
                              SchedulingPolls polls, PollTimekeeping timekeeping, CastingVotes casting,
                              SchedulingMeetings meetings, HoldingMeetings holding, PollsInMeetings adjourning,
                              KeepingMinutes minutes, Clock clock) {
        this.roll = roll;
        this.loads = loads;
        this.proposing = proposing;
        this.revising = revising;
        this.polls = polls;
        this.timekeeping = timekeeping;
        this.casting = casting;
        this.meetings = meetings;
        this.holding = holding;
        this.adjourning = adjourning;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** A member of the Board now with the person that casts its vote (its delegate, by the roll). */
    public record Voter(String member, String person) {
    }

    /** The Board's members with voting rights now that have a delegate, by member id. */
    public List<Voter> board() {
        Instant now = clock.instant();
        return roll.votingMembersAt(now, now).stream().sorted()
                .flatMap(member -> roll.member(member).flatMap(record -> record.delegateAt(now))
                        .map(person -> new Voter(member, person)).stream())
                .toList();
    }

    /**
     * Loads the demo on {@code board} unless it was loaded (or begun) before; the ids it produced,
     * or empty when there was nothing to do.
     */
    public Optional<Map<String, String>> load(List<Voter> board) {
        if (board.size() < SMALLEST_BOARD) {
            throw new IllegalStateException("the demo needs at least " + SMALLEST_BOARD + " Governing members with a delegate"
                    + " in the roll; it has " + board.size());
        }
        Instant now = clock.instant();
        int quorum = roll.votingMembersAt(now, now).size() / 2 + 1;
        if (board.size() < quorum + 2) {
            throw new IllegalStateException("the demo's rounds need a quorum (" + quorum + ") and two more members with a"
                    + " delegate; the roll has " + board.size());
        }
        if (!loads.claim(NAME, now)) {
            return Optional.empty();
        }
        Map<String, String> produced = new LinkedHashMap<>();

        MeetingId meeting = pastMeeting();
        produced.put("meeting", meeting.value());
        MotionId adopted = propose("Publication of item statistics", """
                1. Smarter item statistics (p-values, biserials, DIF flags) are published yearly for every retired item.
                2. Publication follows the fall data review.""");
        produced.put("adoptedPolicy", adopted.value());
        holding.addAgendaItem(CommitteeId.GOVERNING_BOARD, meeting, new AddAgendaItem(AgendaItemKind.MOTION, null, adopted.value(),
                null, "Chair"), loader());
        holding.addAgendaItem(CommitteeId.GOVERNING_BOARD, meeting, new AddAgendaItem(AgendaItemKind.REPORT,
                "Executive Director's report", null, null, "Executive Director"), loader());
        Meeting opened = holding.open(CommitteeId.GOVERNING_BOARD, meeting, loader()).state();
        holding.recordAttendance(CommitteeId.GOVERNING_BOARD, meeting, attendance(opened.seats(), quorum + 2), loader());

        PollId first = round(adopted);
        answer(first, board.get(0), Answer.BLOCK, "Publishing DIF flags without context misleads the public (mission: fair"
                + " assessment); publish them with the review panel's disposition.");
        answer(first, board.get(1), Answer.SUPPORT_WITH_RESERVATIONS, "Retired items only; operational items stay secure.");
        for (Voter voter : board.subList(2, quorum + 2)) {
            answer(first, voter, Answer.SUPPORT, null);
        }
        timekeeping.closeNow(first, loader());
        produced.put("round1", first.value());

        revising.revise(adopted, null, """
                1. Smarter item statistics (p-values, biserials, DIF flags) are published yearly for every retired item.
                2. Each DIF flag is published with the data review panel's disposition.
                3. Operational items are never published.
                4. Publication follows the fall data review.""",
                "Answers the block (DIF flags with their disposition, clause 2) and the reservation (clause 3).", loader());
        PollId second = round(adopted);
        for (int i = 0; i < board.size(); i++) {
            answer(second, board.get(i), i == board.size() - 1 ? Answer.STAND_ASIDE : Answer.SUPPORT, null);
        }
        timekeeping.closeNow(second, loader());
        produced.put("round2", second.value());

        adjourning.adjourn(CommitteeId.GOVERNING_BOARD, meeting, loader());
        minutes.draft(CommitteeId.GOVERNING_BOARD, meeting, """
                Winter meeting of the Governing Board (hybrid).
                Present: %d of %d voting seats; quorum %d.
                1. Publication of item statistics: round 1 blocked (DIF flags), revised; round 2 reached consensus. Adopted.
                2. Executive Director's report received.""".formatted(quorum + 2, opened.seats().size(),
                opened.quorum().required()), loader());

        MotionId open = propose("Accessibility of practice tests", """
                1. Every practice test offers the same universal tools, designated supports and accommodations as the summative test.
                2. Members report accessibility issues through the help desk within 30 days.""");
        PollId running = round(open);
        for (Voter voter : board.subList(0, Math.min(3, board.size()))) {
            answer(running, voter, Answer.SUPPORT, null);
        }
        produced.put("openPolicy", open.value());
        produced.put("openPoll", running.value());
        loads.finished(NAME, produced, clock.instant());
        return Optional.of(produced);
    }

    private MeetingId pastMeeting() {
        Instant startsAt = clock.instant().minus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS);
        Arrangements arrangements = new Arrangements(MeetingFormat.HYBRID, startsAt, startsAt.plus(Duration.ofHours(3)),
                "Sacramento, CA, Sheraton Grand, Ballroom B", "https://meet.example.org/governing-board",
                startsAt.minus(Duration.ofDays(21)));
        return meetings.schedule(CommitteeId.GOVERNING_BOARD, "Winter meeting of the Governing Board", arrangements, loader())
                .state().id();
    }

    private static List<AttendanceEntry> attendance(List<String> seats, int present) {
        return java.util.stream.IntStream.range(0, seats.size())
                .mapToObj(i -> new AttendanceEntry(seats.get(i), i >= present ? Presence.ABSENT
                        : i % 3 == 0 ? Presence.PRESENT_ONLINE : Presence.PRESENT_IN_PERSON, null))
                .toList();
    }

    private MotionId propose(String title, String text) {
        return proposing.propose(new ProposeMotion(title, text, MotionKind.POLICY_ADOPTION, "GOVERNING_BOARD", null), loader())
                .state().id();
    }

    /** The motion's next consensus round, open from now for a week. */
    private PollId round(MotionId motion) {
        Instant now = clock.instant();
        Motion scheduled = polls.schedule(motion, PollType.CONSENSUS_ROUND, now, now.plus(Duration.ofDays(7)), loader()).state();
        return scheduled.polls().get(scheduled.polls().size() - 1).id();
    }

    private void answer(PollId poll, Voter voter, Answer answer, String reason) {
        casting.answer(poll, answer, reason, new CommandContext(new Actor(voter.person(), "delegate", voter.member()),
                "demo-governing-board", null));
    }

    private static CommandContext loader() {
        return new CommandContext(LOADER, "demo-governing-board", null);
    }
}
