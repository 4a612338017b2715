package org.charter.committee.committee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.charter.platform.test.MovableClock;
import org.charter.committee.committee.AppointingCommitteeMembers.AddMember;
import org.charter.committee.committee.Committee.SeatHolder;
import org.charter.committee.committee.EstablishingCommittees.EstablishCommittee;
import org.charter.committee.meeting.Arrangements;
import org.charter.committee.meeting.HoldingMeetings;
import org.charter.committee.meeting.KeepingMinutes;
import org.charter.committee.meeting.Meeting;
import org.charter.committee.meeting.Meeting.AttendanceEntry;
import org.charter.committee.meeting.MeetingFormat;
import org.charter.committee.meeting.MeetingId;
import org.charter.committee.meeting.Meetings;
import org.charter.committee.meeting.PollsInMeetings;
import org.charter.committee.meeting.Presence;
import org.charter.committee.meeting.SchedulingMeetings;
import org.charter.membershiproll.test.InMemoryRoll;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Tier;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.InMemoryPollsByMeeting;
import org.charter.committee.motion.Electorates;
import org.charter.committee.motion.OpenPolls;
import org.charter.committee.motion.PollTimekeeping;
import org.charter.committee.vote.CastingVotes;
import org.charter.committee.motion.SchedulingPolls;
import org.charter.committee.vote.Votes;
import org.charter.committee.motion.ProposingMotions;
import org.charter.committee.motion.ProposingMotions.ProposeMotion;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.test.InMemoryEventStore;

/**
 * Committees and meetings on the in-memory event store, a roll built in the test and a clock
 * that moves only when told. {@code withBoard(n)}: Governing members M1..Mn, ACTIVE since
 * {@link #SINCE}, each with delegate {@code mN-del} and alternate {@code mN-alt}.
 */
public final class BodiesFixture {

    public static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");
    /** When the members of {@link #withBoard} became ACTIVE: a year before the EC term. */
    public static final Instant SINCE = Instant.parse("2024-07-01T07:00:00Z");
    public static final Instant TERM_START = Instant.parse("2025-07-01T07:00:00Z");
    public static final Instant TERM_END = Instant.parse("2026-07-01T07:00:00Z");

    public final MovableClock clock = new MovableClock(NOW);
    public final InMemoryRoll roll = new InMemoryRoll();
    public final InMemoryEventStore store = new InMemoryEventStore(clock, "committee");
    public final Committees committees = new Committees(EventStreams.of(store));
    public final Rosters rosters = new Rosters(committees, roll, clock);
    public final EstablishingCommittees establishing = new EstablishingCommittees(committees, clock);
    public final AppointingCommitteeMembers appointing = new AppointingCommitteeMembers(committees, roll, clock);
    public final InMemoryPollsByMeeting pollsByMeeting = new InMemoryPollsByMeeting();
    public final Motions motions = new Motions(EventStreams.of(store), List.of(pollsByMeeting));
    public final ProposingMotions proposing = new ProposingMotions(motions, roll, clock);
    public final Meetings meetings = new Meetings(EventStreams.of(store));
    public final SchedulingMeetings scheduling = new SchedulingMeetings(meetings, rosters, clock);
    public final HoldingMeetings holding = new HoldingMeetings(meetings, rosters, motions, clock);
    public final KeepingMinutes minutes = new KeepingMinutes(meetings, clock);
    /** The Board's electorate from the roll, the Executive Committee's from its seats, as the service wires them. */
    public final Electorates electorates = (committee, asOf, knownAt) -> rosters.votingMembersAt(CommitteeId.of(committee.id()),
            asOf, knownAt);
    public final SchedulingPolls schedulingPolls = new SchedulingPolls(motions, electorates, clock);
    public final Votes votes = new Votes(EventStreams.of(store));
    public final PollTimekeeping timekeeping = new PollTimekeeping(motions, roll, electorates, votes, clock, Duration.ZERO);
    public final CastingVotes casting = new CastingVotes(votes, new OpenPolls(motions, timekeeping, clock), roll::member,
            (person, at) -> rosters.executiveSeatOf(person, at).map(Roster.Seat::memberId), clock);
    public final FollowingElectedSeats followingSeats = new FollowingElectedSeats(committees, clock);
    public final PollsInMeetings polls = new PollsInMeetings(meetings, holding, motions, schedulingPolls, timekeeping,
            pollsByMeeting);

    public static BodiesFixture withBoard(int members) {
        BodiesFixture fixture = new BodiesFixture();
        fixture.roll.board(members, SINCE);
        return fixture;
    }

    public static CommandContext secretary() {
        return new CommandContext(new Actor("sam.secretary", "secretary", null), UUID.randomUUID().toString(), null);
    }

    public InMemoryRoll.Entry affiliate(String id) {
        return roll.add(id).affiliate(SINCE);
    }

    public InMemoryRoll.Entry licensee(String id) {
        return roll.add(id).standing(MemberStatus.ACTIVE, Tier.LICENSEE, SINCE, SINCE);
    }

    public Roster roster(CommitteeId id) {
        return rosters.rosterOf(id, null);
    }

    public Roster roster(CommitteeId id, Instant asOf) {
        return rosters.rosterOf(id, asOf);
    }

    public CommitteeId workGroup(WorkGroup group) {
        return establishing.establish(new EstablishCommittee(group.name(), CommitteeType.WORK_GROUP, null, null), secretary())
                .state().id();
    }

    public CommitteeId advisory(String id) {
        return establishing.establish(new EstablishCommittee(id, CommitteeType.ADVISORY_COMMITTEE, "Technical Advisory Committee",
                "Advice on psychometrics"), secretary()).state().id();
    }

    public void join(CommitteeId committee, String person, String member) {
        appointing.addMember(committee, new AddMember(person, null, member, null, null), secretary());
    }

    /** The EC's initial roster: M1's person chairs, the next members fill the other positions, in order. */
    public void executiveRoster(String... members) {
        ExecutivePosition[] order = {ExecutivePosition.CHAIR, ExecutivePosition.CHAIR_ELECT, ExecutivePosition.PAST_CHAIR,
                ExecutivePosition.AT_LARGE_K12, ExecutivePosition.AT_LARGE_K12, ExecutivePosition.HIGHER_EDUCATION,
                ExecutivePosition.POSTSECONDARY_CAREERS};
        List<SeatHolder> seats = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            seats.add(holder(order[i], members[i]));
        }
        appointing.recordExecutiveRoster(CommitteeId.EXECUTIVE_COMMITTEE, seats, secretary());
    }

    public static SeatHolder holder(ExecutivePosition position, String member) {
        return new SeatHolder(position, member.toLowerCase() + "-lead", "Lead of " + member, member, TERM_START, TERM_END);
    }

    public static Arrangements hybrid(Instant startsAt) {
        return new Arrangements(MeetingFormat.HYBRID, startsAt, startsAt.plus(Duration.ofHours(3)), "Sacramento, Room 4B",
                "https://meet.example.org/gb", startsAt.minus(Duration.ofDays(14)).isAfter(NOW) ? NOW
                : startsAt.minus(Duration.ofDays(14)));
    }

    /** A hybrid meeting of the body starting at {@code startsAt}. */
    public MeetingId meeting(CommitteeId committee, Instant startsAt) {
        return scheduling.schedule(committee, null, hybrid(startsAt), secretary()).state().id();
    }

    /** A Board meeting starting now, opened, with the first {@code present} members present online. */
    public MeetingId sitting(CommitteeId committee, int present) {
        MeetingId id = meeting(committee, clock.instant());
        Meeting opened = holding.open(committee, id, secretary()).state();
        List<AttendanceEntry> entries = opened.seats().stream().limit(present)
                .map(seat -> new AttendanceEntry(seat, Presence.PRESENT_ONLINE, null)).toList();
        if (!entries.isEmpty()) {
            holding.recordAttendance(committee, id, entries, secretary());
        }
        return id;
    }

    public Meeting meeting(MeetingId id) {
        return meetings.get(id);
    }

    public MotionId motion() {
        return proposing.propose(new ProposeMotion("Open data", "1. Publish item statistics.", MotionKind.POLICY_ADOPTION,
                "GOVERNING_BOARD", null), secretary()).state().id();
    }

    /** The election service's event carrying {@code data}, as the committee's consumer receives it (a new event id). */
    public static org.charter.platform.event.RecordedEvent electionEvent(ElectionFact data) {
        String name = data instanceof ElectionFact.SeatTaken ? "SeatTaken" : "SeatVacated";
        return new org.charter.platform.event.RecordedEvent(UUID.randomUUID(), "charter.election." + name + ".v1",
                "executive-committee", 1, NOW, UUID.randomUUID().toString(), null, Actor.SYSTEM, data);
    }

    /** How many appends succeeded: a refused command records nothing. */
    public int appends() {
        return store.appends();
    }
}
