package org.charter.committee.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.charter.committee.committee.Roster.Person;
import org.charter.committee.committee.Roster.Seat;
import org.charter.committee.committee.Roster.Vacancy;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MemberRecord.Standing;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Roll;
import org.charter.membershiproll.member.Tier;

/**
 * Reads who sits on a body as of an instant. Seats that rest on a member's standing are read from
 * the committee's roll of members (membership's events) at that instant rather than recorded as
 * seat events, so they are always in step with membership, back-dated changes included:
 * <ul>
 *   <li>the Governing Board has a seat for each member with voting rights at T (GOVERNING and
 *   ACTIVE), from the {@code effectiveAt} of the change that gave them, held by its delegate at T;
 *   an admission or promotion seats a member from its {@code effectiveAt}, a suspension,
 *   withdrawal or demotion unseats it from its own;</li>
 *   <li>an Executive Committee seat is filled at T when a recorded holder's term covers T and the
 *   holder's member is an active Governing member then, else it is vacant (§2.2, §8.17);</li>
 *   <li>a work group's participant sits while its term covers T and its member is an ACTIVE
 *   Governing or Affiliate member then;</li>
 *   <li>an advisory committee's members sit while their terms cover T.</li>
 * </ul>
 * Both the Board and the Executive Committee are chaired by the holder of the CHAIR position.
 */
public class Rosters {

    private final Committees committees;
    private final Roll roll;
    private final Clock clock;

    public Rosters(Committees committees, Roll roll, Clock clock) {
        this.committees = committees;
        this.roll = roll;
        this.clock = clock;
    }

    /** The committee, a standing body before anything was recorded on it, or 404 {@code COMMITTEE_NOT_FOUND}. */
    public Committee committee(CommitteeId id) {
        return committees.find(id).orElseGet(() -> {
            if (id.isStanding()) {
                return Committee.unrecorded(id);
            }
            throw CommitteeId.notFound(id.value());
        });
    }

    /** The roster as of {@code asOf} (now when null), as known now. */
    public Roster rosterOf(CommitteeId id, Instant asOf) {
        Instant now = clock.instant();
        return rosterOf(committee(id), asOf == null ? now : asOf, now);
    }

    /**
     * The members that vote in the body's polls as of {@code asOf}, as recorded by {@code knownAt}:
     * the Governing Board's are the members with voting rights (§1.5), the Executive Committee's
     * the members whose seats are filled then, one vote per seat holder (§2.2).
     */
    public List<String> votingMembersAt(CommitteeId id, Instant asOf, Instant knownAt) {
        if (id.equals(CommitteeId.GOVERNING_BOARD)) {
            return List.copyOf(roll.votingMembersAt(asOf, knownAt));
        }
        if (id.equals(CommitteeId.EXECUTIVE_COMMITTEE)) {
            return executive(committee(id), asOf, knownAt, null).votingSeats().stream().map(Seat::memberId).distinct().toList();
        }
        throw new IllegalArgumentException(id + " does not vote on motions");
    }

    /** The Executive Committee seat {@code personId} holds at {@code at} (as known now), if any. */
    public Optional<Seat> executiveSeatOf(String personId, Instant at) {
        Instant now = clock.instant();
        return executive(committee(CommitteeId.EXECUTIVE_COMMITTEE), at, now, null).seats().stream()
                .filter(s -> personId.equals(s.personId())).findFirst();
    }

    /** The committee's roster now (a state a command has just returned, without loading it again). */
    public Roster rosterNow(Committee committee) {
        Instant now = clock.instant();
        return rosterOf(committee, now, now);
    }

    /** The roster as of {@code asOf}, as recorded by {@code knownAt}: a later back-dated change is not seen. */
    public Roster rosterOf(Committee committee, Instant asOf, Instant knownAt) {
        Person secretary = committee.secretaryAt(asOf).map(s -> new Person(s.personId(), s.name(), null)).orElse(null);
        return switch (committee.type()) {
            case GOVERNING_BOARD -> board(committee, asOf, knownAt, secretary);
            case EXECUTIVE_COMMITTEE -> executive(committee, asOf, knownAt, secretary);
            case WORK_GROUP, ADVISORY_COMMITTEE -> participants(committee, asOf, knownAt, secretary);
        };
    }

    private Roster board(Committee board, Instant asOf, Instant knownAt, Person secretary) {
        List<Seat> seats = new ArrayList<>();
        for (String memberId : roll.votingMembersAt(asOf, knownAt)) {
            MemberRecord member = roll.member(memberId).orElseThrow();
            seats.add(new Seat(memberId, memberId, member.name(), member.delegateAt(asOf).orElse(null), null,
                    member.alternatesAt(asOf), null, seatedSince(member, asOf, knownAt), null, true, null));
        }
        seats.sort(Comparator.comparing(Seat::attendee));
        Roster executive = executive(committee(CommitteeId.EXECUTIVE_COMMITTEE), asOf, knownAt, null);
        return new Roster(board.id(), board.type(), board.name(), board.purpose(), asOf, knownAt, executive.chair(), secretary,
                seats, List.of());
    }

    private Roster executive(Committee ec, Instant asOf, Instant knownAt, Person secretary) {
        ExecutiveSeats seating = ec.seating();
        List<Seat> seats = new ArrayList<>();
        List<Vacancy> vacancies = new ArrayList<>();
        Person chair = null;
        for (ExecutivePosition position : ExecutivePosition.values()) {
            for (int number = 1; number <= position.seats(); number++) {
                Optional<ExecutiveSeats.Holding> holder = seating.holderAt(position, number, asOf, knownAt);
                if (holder.isEmpty()) {
                    vacancies.add(new Vacancy(position, number, seating.isEmpty() ? "no roster recorded"
                            : "no holder at " + asOf));
                    continue;
                }
                ExecutiveSeats.Holding s = holder.get();
                Optional<MemberRecord> member = roll.member(s.memberId());
                boolean governingActive = member.flatMap(m -> m.standingAt(asOf, knownAt)).map(Standing::votingRights)
                        .orElse(false);
                if (!governingActive) {
                    vacancies.add(new Vacancy(position, number, s.memberId() + ", whose seat " + s.personId()
                            + " held, is not an active Governing member at " + asOf + " (DOMAIN §2.2, §8.17)"));
                    continue;
                }
                seats.add(new Seat(s.memberId(), s.memberId(), member.get().name(), s.personId(), s.name(), List.of(),
                        position, s.since(), s.until(), true, s.reason()));
                if (position == ExecutivePosition.CHAIR) {
                    chair = new Person(s.personId(), s.name(), s.memberId());
                }
            }
        }
        return new Roster(ec.id(), ec.type(), ec.name(), ec.purpose(), asOf, knownAt, chair, secretary, seats, vacancies);
    }

    private Roster participants(Committee committee, Instant asOf, Instant knownAt, Person secretary) {
        List<Seat> seats = new ArrayList<>();
        for (Committee.Term term : committee.membersAt(asOf)) {
            String memberName = null;
            if (term.memberId() != null) {
                Optional<MemberRecord> member = roll.member(term.memberId());
                if (committee.type() == CommitteeType.WORK_GROUP && !takesPartInWorkGroups(member, asOf, knownAt)) {
                    continue;
                }
                memberName = member.map(MemberRecord::name).orElse(null);
            }
            seats.add(new Seat(term.personId(), term.memberId(), memberName, term.personId(), term.name(), List.of(), null,
                    term.from(), term.until(), true, null));
        }
        seats.sort(Comparator.comparing(Seat::attendee));
        Person chair = committee.chairAt(asOf)
                .filter(term -> seats.stream().anyMatch(s -> s.attendee().equals(term.personId())))
                .map(term -> new Person(term.personId(), term.name(), term.memberId())).orElse(null);
        return new Roster(committee.id(), committee.type(), committee.name(), committee.purpose(), asOf, knownAt, chair,
                secretary, seats, List.of());
    }

    private static boolean takesPartInWorkGroups(Optional<MemberRecord> member, Instant at, Instant knownAt) {
        return member.flatMap(m -> m.standingAt(at, knownAt))
                .filter(s -> s.status() == MemberStatus.ACTIVE && (s.tier() == Tier.GOVERNING || s.tier() == Tier.AFFILIATE))
                .isPresent();
    }

    /** The start of the member's voting rights going on at {@code asOf}: its Board seat's since. */
    static Instant seatedSince(MemberRecord member, Instant asOf, Instant knownAt) {
        Instant since = null;
        for (Standing s : member.standings()) {
            if (s.recordedAt().isAfter(knownAt) || s.effectiveAt().isAfter(asOf)) {
                continue;
            }
            if (!s.votingRights()) {
                since = null;
            } else if (since == null) {
                since = s.effectiveAt();
            }
        }
        return since;
    }
}
