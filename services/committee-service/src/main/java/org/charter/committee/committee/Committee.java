package org.charter.committee.committee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.charter.committee.committee.CommitteeEvent.CommitteeChairNamed;
import org.charter.committee.committee.CommitteeEvent.CommitteeEstablished;
import org.charter.committee.committee.CommitteeEvent.CommitteeMemberJoined;
import org.charter.committee.committee.CommitteeEvent.CommitteeMemberLeft;
import org.charter.committee.committee.CommitteeEvent.CommitteeSecretaryNamed;
import org.charter.committee.committee.CommitteeEvent.ExecutiveRosterRecorded;
import org.charter.committee.committee.CommitteeEvent.ExecutiveSeat;
import org.charter.committee.committee.CommitteeEvent.ExecutiveSeatTaken;
import org.charter.committee.committee.CommitteeEvent.ExecutiveSeatVacated;
import org.charter.membershiproll.member.MemberRecord.Standing;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * A body of DOMAIN.md §2 as its own events record it: its kind and name, its secretary, and — for
 * advisory committees and work groups — its members, their terms and its chair; for the Executive
 * Committee, the initial roster. The Governing Board's seats and chair are not recorded here:
 * they are read from the committee's roll of members and from the Executive Committee's roster
 * as of any instant ({@link Rosters}).
 */
public final class Committee implements EventSourced<CommitteeEvent> {

    public static final AggregateKind<CommitteeId, Committee, CommitteeEvent> KIND =
            AggregateKind.of("committee", CommitteeEvent.class, CommitteeId::streamId, Committee::replay)
                    .withNotFound(id -> CommitteeId.notFound(id.value()));

    static final int MAX_NAME = 200;
    static final int MAX_PURPOSE = 2_000;
    static final int MAX_PERSON = 128;

    private final CommitteeId id;
    private CommitteeType type;
    private String name;
    private String purpose;
    private final List<Named> secretaries = new ArrayList<>();
    private final List<Term> members = new ArrayList<>();
    private final List<ChairTerm> chairs = new ArrayList<>();
    private final ExecutiveSeats seating = new ExecutiveSeats();
    private long version;

    /** A person named to a role from {@code from} on. */
    public record Named(String personId, String name, Instant from) {
    }

    /** A person's term on an advisory committee or work group, {@code [from, until)}; {@code until} null while open. */
    public record Term(String personId, String name, String memberId, Instant from, Instant until) {
        public boolean covers(Instant at) {
            return !from.isAfter(at) && (until == null || at.isBefore(until));
        }

        boolean overlaps(Instant otherFrom, Instant otherUntil) {
            return (otherUntil == null || from.isBefore(otherUntil)) && (until == null || otherFrom.isBefore(until));
        }
    }

    record ChairTerm(String personId, Instant from) {
    }

    /** One seat of the Executive Committee's initial roster, as the secretary gives it. */
    public record SeatHolder(ExecutivePosition position, String personId, String name, String memberId, Instant termStart,
                             Instant termEnd) {
    }

    private Committee(CommitteeId id) {
        this.id = id;
    }

    // ---------------------------------------------------------------- establishing

    /**
     * An advisory committee or one of the four work groups, created by the secretary. The
     * Governing Board and the Executive Committee exist already; a work group's id is its §2.3 name.
     */
    public static List<CommitteeEvent> establish(String id, CommitteeType type, String name, String purpose, Instant now) {
        if (id == null || id.isBlank()) {
            throw new RuleViolation("COMMITTEE_ID_REQUIRED", "id: required, upper case, e.g. TECHNICAL_ADVISORY or ITEM_WRITING");
        }
        if (!CommitteeId.isWellFormed(id)) {
            throw new RuleViolation("COMMITTEE_ID_INVALID", "id: 2 to 64 upper-case letters, digits or _, starting with a"
                    + " letter (e.g. TECHNICAL_ADVISORY), was: " + id);
        }
        CommitteeId committee = CommitteeId.of(id);
        if (committee.isStanding()) {
            throw new Conflict("COMMITTEE_ALREADY_EXISTS", "the " + standingName(committee) + " exists by the charter"
                    + " (DOMAIN §2); it is not created");
        }
        if (type == null) {
            throw new RuleViolation("COMMITTEE_TYPE_REQUIRED", "type: required, ADVISORY_COMMITTEE or WORK_GROUP");
        }
        Optional<WorkGroup> workGroup = WorkGroup.named(id);
        switch (type) {
            case GOVERNING_BOARD, EXECUTIVE_COMMITTEE -> throw new RuleViolation("COMMITTEE_TYPE_INVALID", "type: there is"
                    + " one " + type + " and it exists by the charter; create an ADVISORY_COMMITTEE or a WORK_GROUP");
            case WORK_GROUP -> {
                if (workGroup.isEmpty()) {
                    throw new RuleViolation("UNKNOWN_WORK_GROUP", "id: a work group is one of " + List.of(WorkGroup.values())
                            + " (DOMAIN §2.3), not " + id);
                }
            }
            case ADVISORY_COMMITTEE -> {
                if (workGroup.isPresent()) {
                    throw new RuleViolation("COMMITTEE_ID_INVALID", "id: " + id + " is a work group's id (DOMAIN §2.3);"
                            + " give the advisory committee another one, e.g. TECHNICAL_ADVISORY");
                }
            }
            default -> throw new IllegalStateException(type.name());
        }
        String title = name == null || name.isBlank() ? workGroup.map(WorkGroup::title).orElse(null) : name.strip();
        if (title == null) {
            throw new RuleViolation("COMMITTEE_NAME_REQUIRED", "name: required, e.g. Technical Advisory Committee");
        }
        if (title.length() > MAX_NAME) {
            throw new RuleViolation("COMMITTEE_NAME_TOO_LONG", "name: at most " + MAX_NAME + " characters");
        }
        String aim = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (aim != null && aim.length() > MAX_PURPOSE) {
            throw new RuleViolation("COMMITTEE_PURPOSE_TOO_LONG", "purpose: at most " + MAX_PURPOSE + " characters");
        }
        return List.of(new CommitteeEstablished(id, type, title, aim, now));
    }

    /** The first fact of a standing body's stream, recorded with its first command. */
    public static CommitteeEstablished standing(CommitteeId id, Instant now) {
        if (!id.isStanding()) {
            throw new IllegalArgumentException(id + " is not a standing body");
        }
        CommitteeType type = id.equals(CommitteeId.GOVERNING_BOARD) ? CommitteeType.GOVERNING_BOARD : CommitteeType.EXECUTIVE_COMMITTEE;
        String purpose = type == CommitteeType.GOVERNING_BOARD
                ? "One seat per Governing member, held by its delegate; chaired by the Executive Committee Chair (DOMAIN §2.1)"
                : "Seven elected positions that oversee the system and its finances (DOMAIN §2.2)";
        return new CommitteeEstablished(id.value(), type, standingName(id), purpose, now);
    }

    /** A standing body before anything was recorded on its stream. */
    public static Committee unrecorded(CommitteeId id) {
        Committee committee = new Committee(id);
        committee.applyEstablished(standing(id, Instant.EPOCH));
        committee.version = 0;
        return committee;
    }

    private static String standingName(CommitteeId id) {
        return id.equals(CommitteeId.GOVERNING_BOARD) ? "Governing Board" : "Executive Committee";
    }

    public static Committee replay(List<? extends CommitteeEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof CommitteeEstablished established)) {
            throw new IllegalStateException("a committee stream starts with CommitteeEstablished");
        }
        Committee committee = new Committee(CommitteeId.of(established.committeeId()));
        events.forEach(committee::apply);
        return committee;
    }

    // ---------------------------------------------------------------- secretary, members, chair

    /** Any body's non-voting secretary from {@code from} (now when absent). */
    public List<CommitteeEvent> nameSecretary(String personId, String personName, Instant from, Instant now) {
        String person = requirePerson(personId, "person");
        return List.of(new CommitteeSecretaryNamed(id.value(), person, optionalName(personName), from == null ? now : from));
    }

    /**
     * A person joins an advisory committee or a work group for {@code [from, until)}. In a work
     * group the person takes part for a member that is GOVERNING or AFFILIATE and ACTIVE at
     * {@code from} ({@code standingAtFrom}, from the roll); a licensee, an applicant or a member
     * unknown to the roll is refused 403 {@code NOT_ELIGIBLE} (DOMAIN §2.3, §8.8).
     */
    public List<CommitteeEvent> join(String personId, String personName, String memberId, Instant from, Instant until,
                                     Optional<Standing> standingAtFrom, Instant now) {
        requireMembersRecordedHere();
        String person = requirePerson(personId, "person");
        Instant start = from == null ? now : from;
        if (until != null && !until.isAfter(start)) {
            throw new RuleViolation("TERM_INVALID", "until: the term ends (" + until + ") after it starts (" + start + ")");
        }
        String member = memberId == null || memberId.isBlank() ? null : memberId.strip();
        if (type == CommitteeType.WORK_GROUP) {
            if (member == null) {
                throw new RuleViolation("MEMBER_REQUIRED", "member: a work group's participant takes part for a Governing"
                        + " or Affiliate member (DOMAIN §2.3); name it, e.g. CA");
            }
            requireWorkGroupEligible(member, start, standingAtFrom);
        }
        for (Term term : members) {
            if (term.personId().equals(person) && term.overlaps(start, until)) {
                throw new Conflict("ALREADY_A_MEMBER", person + " is a member of " + id + " from " + term.from()
                        + (term.until() == null ? "" : " until " + term.until()) + "; the terms would overlap", version);
            }
        }
        return List.of(new CommitteeMemberJoined(id.value(), person, optionalName(personName), member, start, until));
    }

    /** The person's current (or future) term ends at {@code at} (now when absent). */
    public List<CommitteeEvent> leave(String personId, Instant at, Instant now) {
        requireMembersRecordedHere();
        Instant end = at == null ? now : at;
        Term term = members.stream()
                .filter(t -> t.personId().equals(personId) && (t.until() == null || t.until().isAfter(end)))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new NotFound("COMMITTEE_MEMBER_NOT_FOUND", personId + " has no term on " + id
                        + " going on at " + end));
        if (!end.isAfter(term.from())) {
            throw new RuleViolation("TERM_INVALID", "at: " + personId + "'s term on " + id + " starts at " + term.from()
                    + "; it can end only after that");
        }
        return List.of(new CommitteeMemberLeft(id.value(), personId, end));
    }

    /** The chair of an advisory committee or work group: one of its members at {@code from} (now when absent). */
    public List<CommitteeEvent> nameChair(String personId, Instant from, Instant now) {
        if (type == CommitteeType.GOVERNING_BOARD || type == CommitteeType.EXECUTIVE_COMMITTEE) {
            throw new RuleViolation("CHAIR_BY_OFFICE", "the " + name + " is chaired by the holder of the Executive"
                    + " Committee's CHAIR position (DOMAIN §2.1–2.2), who follows the elections; it is not named here");
        }
        String person = requirePerson(personId, "person");
        Instant start = from == null ? now : from;
        if (termAt(person, start).isEmpty()) {
            throw new RuleViolation("CHAIR_NOT_A_MEMBER", "person: " + person + " is not a member of " + id + " at " + start
                    + "; add them first (POST /api/v1/committees/" + id + "/members)");
        }
        return List.of(new CommitteeChairNamed(id.value(), person, start));
    }

    // ---------------------------------------------------------------- the Executive Committee's initial roster

    /**
     * The Executive Committee's initial roster, once: at most the seats of each position, at most
     * {@value ExecutivePosition#MAX_SEATS_PER_MEMBER} seat per member, each holder's member
     * GOVERNING and ACTIVE at the term's start. Later changes are the elections' (§5.7).
     */
    public List<CommitteeEvent> recordExecutiveRoster(List<SeatHolder> holders, Function<String, Optional<Standing>> standingAt,
                                                     Instant now) {
        if (type != CommitteeType.EXECUTIVE_COMMITTEE) {
            throw new RuleViolation("NOT_EXECUTIVE_COMMITTEE", "only the EXECUTIVE_COMMITTEE has positions filled by a"
                    + " recorded roster; " + id + " is a " + type);
        }
        if (seating.rosterRecorded()) {
            throw new Conflict("WRONG_STEP", "the Executive Committee's initial roster was recorded already; later seats"
                    + " follow the elections (DOMAIN §5.7)", version);
        }
        if (holders == null || holders.isEmpty()) {
            throw new RuleViolation("SEATS_REQUIRED", "seats: at least one seat, e.g. {\"position\":\"CHAIR\",...}");
        }
        Map<ExecutivePosition, Integer> taken = new HashMap<>();
        Map<String, Integer> perMember = new HashMap<>();
        Set<String> persons = new HashSet<>();
        List<ExecutiveSeat> seats = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            SeatHolder h = holders.get(i);
            String field = "seats[" + i + "].";
            if (h == null || h.position() == null) {
                throw new RuleViolation("POSITION_REQUIRED", field + "position: one of " + List.of(ExecutivePosition.values()));
            }
            String person = requirePerson(h.personId(), field + "person");
            if (h.memberId() == null || h.memberId().isBlank()) {
                throw new RuleViolation("MEMBER_REQUIRED", field + "member: the Governing member the holder represents");
            }
            if (h.termStart() == null || h.termEnd() == null) {
                throw new RuleViolation("TERM_REQUIRED", field + "termStart and " + field + "termEnd are required");
            }
            if (!h.termEnd().isAfter(h.termStart())) {
                throw new RuleViolation("TERM_INVALID", field + "termEnd (" + h.termEnd() + ") must be after termStart ("
                        + h.termStart() + ")");
            }
            int seat = taken.merge(h.position(), 1, Integer::sum);
            if (seat > h.position().seats()) {
                throw new RuleViolation("TOO_MANY_SEATS", field + "position: " + h.position() + " has " + h.position().seats()
                        + (h.position().seats() == 1 ? " seat" : " seats") + " (DOMAIN §2.2)");
            }
            String member = h.memberId().strip();
            if (perMember.merge(member, 1, Integer::sum) > ExecutivePosition.MAX_SEATS_PER_MEMBER) {
                throw new RuleViolation("SEAT_LIMIT_EXCEEDED", field + "member: " + member + " would hold more than "
                        + ExecutivePosition.MAX_SEATS_PER_MEMBER + " seat (maxSeatsPerMember, DOMAIN §2.2)");
            }
            if (!persons.add(person)) {
                throw new RuleViolation("SEAT_LIMIT_EXCEEDED", field + "person: " + person + " holds another seat already");
            }
            boolean governingActive = standingAt.apply(member).map(Standing::votingRights).orElse(false);
            if (!governingActive) {
                throw new Forbidden("NOT_ELIGIBLE", field + "member: " + member + " is not an active Governing member at "
                        + h.termStart() + "; an Executive Committee seat is held for one (DOMAIN §2.2)");
            }
            seats.add(new ExecutiveSeat(h.position(), seat, person, optionalName(h.name()), member, h.termStart(), h.termEnd()));
        }
        return List.of(new ExecutiveRosterRecorded(id.value(), seats, now));
    }

    // ---------------------------------------------------------------- the Executive Committee's seats, as the elections fill them

    /**
     * The election service seated a person (its event {@code eventId}): recorded as it is, the
     * roster read works out who holds the seat when. Nothing when that event was recorded already.
     */
    public List<CommitteeEvent> followSeatTaken(ElectionFact.SeatTaken fact, String eventId, Instant now) {
        requireExecutiveCommittee(eventId);
        if (seating.followed(eventId)) {
            return List.of();
        }
        return List.of(new ExecutiveSeatTaken(id.value(), position(fact.position(), eventId), fact.seat(), fact.personId(),
                fact.name(), fact.memberId(), fact.termStart(), fact.termEnd(), fact.takenAt(), fact.reason(), eventId, now));
    }

    /** The election service recorded that a holder left a seat (its event {@code eventId}); nothing when recorded already. */
    public List<CommitteeEvent> followSeatVacated(ElectionFact.SeatVacated fact, String eventId, Instant now) {
        requireExecutiveCommittee(eventId);
        if (seating.followed(eventId)) {
            return List.of();
        }
        return List.of(new ExecutiveSeatVacated(id.value(), position(fact.position(), eventId), fact.seat(), fact.personId(),
                fact.memberId(), fact.vacatedAt(), fact.reason(), eventId, now));
    }

    private void requireExecutiveCommittee(String eventId) {
        if (type != CommitteeType.EXECUTIVE_COMMITTEE) {
            throw new IllegalStateException("the election's seating event " + eventId + " is about the EXECUTIVE_COMMITTEE, not "
                    + id);
        }
    }

    private static ExecutivePosition position(String name, String eventId) {
        try {
            return ExecutivePosition.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolation("UNKNOWN_POSITION", "position: the election's event " + eventId + " names " + name
                    + ", not one of the Executive Committee's positions " + List.of(ExecutivePosition.values()));
        }
    }

    // ---------------------------------------------------------------- queries

    public CommitteeId id() {
        return id;
    }

    public CommitteeType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    /** The members' terms, in the order recorded (an advisory committee's or a work group's). */
    public List<Term> terms() {
        return List.copyOf(members);
    }

    /** The terms going on at {@code at}. */
    public List<Term> membersAt(Instant at) {
        return members.stream().filter(t -> t.covers(at)).toList();
    }

    public Optional<Term> termAt(String personId, Instant at) {
        return members.stream().filter(t -> t.personId().equals(personId) && t.covers(at)).findFirst();
    }

    /** The secretary named last with {@code from ≤ at}. */
    public Optional<Named> secretaryAt(Instant at) {
        return secretaries.stream().filter(s -> !s.from().isAfter(at)).reduce((a, b) -> b);
    }

    /** The chair named last with {@code from ≤ at}, while still a member then. */
    public Optional<Term> chairAt(Instant at) {
        return chairs.stream().filter(c -> !c.from().isAfter(at)).reduce((a, b) -> b)
                .flatMap(chair -> termAt(chair.personId(), at));
    }

    /** The Executive Committee's initial roster; empty before it was recorded. */
    public List<ExecutiveSeat> executiveSeats() {
        return seating.roster();
    }

    /** The Executive Committee's seats: the initial roster and the election's seating facts. */
    public ExecutiveSeats seating() {
        return seating;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(CommitteeEvent event) {
        if (event instanceof CommitteeEstablished established) {
            applyEstablished(established);
        } else if (event instanceof CommitteeSecretaryNamed named) {
            secretaries.add(new Named(named.personId(), named.name(), named.from()));
        } else if (event instanceof CommitteeMemberJoined joined) {
            members.add(new Term(joined.personId(), joined.name(), joined.memberId(), joined.from(), joined.until()));
        } else if (event instanceof CommitteeMemberLeft left) {
            for (int i = members.size() - 1; i >= 0; i--) {
                Term t = members.get(i);
                if (t.personId().equals(left.personId()) && (t.until() == null || t.until().isAfter(left.at()))) {
                    members.set(i, new Term(t.personId(), t.name(), t.memberId(), t.from(), left.at()));
                    break;
                }
            }
        } else if (event instanceof CommitteeChairNamed named) {
            chairs.add(new ChairTerm(named.personId(), named.from()));
        } else if (event instanceof ExecutiveRosterRecorded recorded) {
            seating.rosterRecorded(recorded.seats());
        } else if (event instanceof ExecutiveSeatTaken seatTaken) {
            seating.taken(seatTaken);
        } else if (event instanceof ExecutiveSeatVacated seatVacated) {
            seating.vacated(seatVacated);
        }
        version++;
    }

    private void applyEstablished(CommitteeEstablished established) {
        type = established.type();
        name = established.name();
        purpose = established.purpose();
    }

    // ---------------------------------------------------------------- rules

    private void requireMembersRecordedHere() {
        if (type == CommitteeType.GOVERNING_BOARD) {
            throw new RuleViolation("SEATS_FOLLOW_MEMBERSHIP", "the Governing Board's seats are its Governing members',"
                    + " held by their delegates, as membership records them (DOMAIN §2.1); they are not added here");
        }
        if (type == CommitteeType.EXECUTIVE_COMMITTEE) {
            throw new RuleViolation("SEATS_FOLLOW_ELECTIONS", "the Executive Committee's seats are its seven positions,"
                    + " filled by elections (DOMAIN §2.2); record the initial roster with POST /api/v1/committees/"
                    + "EXECUTIVE_COMMITTEE/roster");
        }
    }

    private void requireWorkGroupEligible(String member, Instant at, Optional<Standing> standing) {
        if (standing.isEmpty()) {
            throw new Forbidden("NOT_ELIGIBLE", "member: " + member + " is not a member at " + at
                    + " (not on the committee's roll); work groups have Governing and Affiliate participants (DOMAIN §2.3)");
        }
        Standing s = standing.get();
        if (s.tier() == Tier.LICENSEE) {
            throw new Forbidden("NOT_ELIGIBLE", "member: " + member + " is a LICENSEE, a non-member without governance;"
                    + " work groups have Governing and Affiliate participants (DOMAIN §1.1, §2.3)");
        }
        if (s.status() != MemberStatus.ACTIVE) {
            throw new Forbidden("NOT_ELIGIBLE", "member: " + member + " is " + s.status() + " at " + at
                    + "; only ACTIVE Governing and Affiliate members take part in work groups (DOMAIN §2.3)");
        }
    }

    private static String requirePerson(String personId, String field) {
        if (personId == null || personId.isBlank()) {
            throw new RuleViolation("PERSON_REQUIRED", field + ": required, the person's id (the subject of their tokens)");
        }
        if (personId.strip().length() > MAX_PERSON) {
            throw new RuleViolation("PERSON_INVALID", field + ": at most " + MAX_PERSON + " characters");
        }
        return personId.strip();
    }

    private static String optionalName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.strip().length() > MAX_NAME) {
            throw new RuleViolation("NAME_TOO_LONG", "name: at most " + MAX_NAME + " characters");
        }
        return name.strip();
    }
}
