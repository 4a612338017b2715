package org.charter.election.seat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.charter.election.election.CallingElections;
import org.charter.election.election.Election;
import org.charter.election.election.Election.Elected;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.Roll;
import org.charter.election.position.Positions;
import org.charter.election.seat.ExecutiveCommittee.Holder;
import org.charter.election.seat.ExecutiveCommittee.SeatKey;
import org.charter.election.seat.SeatEvent.VacatedReason;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/**
 * Use case: the Executive Committee's seats follow the service's clock and the secretary
 * (DOMAIN.md §5.6-5.7, §8.17). {@link #catchUp()} runs on every tick and before reads: each
 * July 1 the term starts (succession, then the year's elected); special elections' winners take
 * their vacancies; a corrected result moves the seats its contest filled; the seats a lapsed
 * certification or too few candidates left empty are vacancies (a special election's stay vacancies); a holder whose member is no longer an active Governing member, or who no longer
 * represents their member (DOMAIN.md §2.2), leaves at the instant that took effect. The secretary records resignations and the EC's interim seats.
 */
public class Seating {

    /** Terms start on July 1 (DOMAIN.md §2.2). */
    public static final MonthDay TERM_START = MonthDay.of(7, 1);

    private final ExecutiveCommittees committees;
    private final Supplier<List<Election>> elections;
    private final Roll roll;
    private final Positions positions;
    private final Clock clock;

    /**
     * @param elections the elections whose elected may still need seats (the year's and special ones)
     */
    public Seating(ExecutiveCommittees committees, Supplier<List<Election>> elections, Roll roll, Positions positions,
                   Clock clock) {
        this.committees = committees;
        this.elections = elections;
        this.roll = roll;
        this.positions = positions;
        this.clock = clock;
    }

    public ExecutiveCommittee current() {
        return committees.find(ExecutiveCommittee.ID).orElseGet(ExecutiveCommittee::empty);
    }

    /** Takes every step due by now; the committee as it then stands. */
    public ExecutiveCommittee catchUp() {
        Instant now = clock.instant();
        LocalDate latest = latestTermStart(now);
        CommandContext system = CommandContext.system();
        List<Election> known = elections.get();
        // before the term start is taken again: a corrected winner takes the seat freed for them, not a NO_FREE_SEAT
        for (Election election : known) {
            for (String contestId : election.correctedContests()) {
                List<Elected> electedNow = election.elected().stream().filter(e -> e.contestId().equals(contestId)).toList();
                decide(system, c -> c.followCorrection(contestId, electedNow, positions, now));
            }
        }
        ExecutiveCommittee committee = current();
        LocalDate from = committee.lastTermStart().map(d -> d.plusYears(1)).filter(d -> d.isBefore(latest)).orElse(latest);
        for (LocalDate term = from; !term.isAfter(latest); term = term.plusYears(1)) {
            LocalDate termStart = term;
            Instant termStartsAt = termStart.atStartOfDay(CallingElections.CONSORTIUM_ZONE).toInstant();
            List<Elected> elected = known.stream().filter(e -> !e.id().isSpecial() && e.termStartsAt().equals(termStartsAt))
                    .flatMap(e -> e.elected().stream()).toList();
            committee = decide(system, c -> c.startTerm(termStart, elected, positions, termStartsAt, now)).state();
        }
        for (Election election : known.stream().filter(e -> !e.id().isSpecial() && !e.termStartsAt().isAfter(now)).toList()) {
            LocalDate termStart = LocalDate.ofInstant(election.termStartsAt(), CallingElections.CONSORTIUM_ZONE);
            committee = decide(system, c -> c.leaveEmpty(election.leftEmpty(), termStart, positions,
                    election.termStartsAt())).state();
        }
        for (Election special : known.stream().filter(e -> e.id().isSpecial()).toList()) {
            for (Elected e : special.elected()) {
                if (!committee.handled(e)) {
                    committee = decide(system, c -> c.seatSpecial(e, positions, now)).state();
                }
            }
            List<Election.EmptySeats> empty = special.leftEmpty();
            if (!empty.isEmpty()) {
                committee = decide(system, c -> c.leaveVacanciesEmpty(empty, positions)).state();
            }
        }
        for (Map.Entry<SeatKey, Holder> seat : sorted(committee.holders())) {
            Optional<Instant> lost = standingLost(seat.getValue().memberId(), now);
            VacatedReason reason = VacatedReason.MEMBER_NOT_IN_GOOD_STANDING;
            if (lost.isEmpty()) {
                lost = representationEnded(seat.getValue(), now);
                reason = VacatedReason.REPRESENTATION_ENDED;
            }
            if (lost.isPresent()) {
                SeatKey key = seat.getKey();
                Instant at = lost.get();
                VacatedReason why = reason;
                committee = decide(system, c -> c.holders().containsKey(key) && c.holders().get(key).equals(seat.getValue())
                        ? c.vacate(key.position(), key.seat(), why, positions, at) : List.of()).state();
            }
        }
        return committee;
    }

    /**
     * When the holder stopped representing their member while the member stays in good standing
     * (replaced as delegate, alternate or lead, §2.2); never before the term they were seated for
     * started (an elected person who stopped after certification is seated, then leaves: §8.11).
     */
    private Optional<Instant> representationEnded(Holder holder, Instant now) {
        Optional<MemberRecord> member = roll.member(holder.memberId());
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Instant termStart = holder.termStart().atStartOfDay(CallingElections.CONSORTIUM_ZONE).toInstant();
        return Representing.endedAt(member.get(), holder.personId(), now).map(at -> at.isBefore(termStart) ? termStart : at);
    }

    /** The secretary records the holder's resignation, effective now. */
    public Recorded<ExecutiveCommittee> resign(String position, int seat, CommandContext context) {
        catchUp();
        return decide(context, c -> c.vacate(position, seat, VacatedReason.RESIGNED, positions, clock.instant()));
    }

    /**
     * The secretary records the EC's decision to seat a person in a vacancy until it is filled;
     * the person must represent an active Governing member (422 {@code HOLDER_NOT_ELIGIBLE}).
     */
    public Recorded<ExecutiveCommittee> seatInterim(String position, int seat, String personId, String name, String decision,
                                                    CommandContext context) {
        catchUp();
        Instant now = clock.instant();
        MemberRecord member = roll.memberOfPerson(personId, now).filter(m -> m.isActiveGoverningAt(now)
                        && !m.rolesOf(personId, now).isEmpty())
                .orElseThrow(() -> new RuleViolation("HOLDER_NOT_ELIGIBLE", personId + " represents no active Governing"
                        + " member now: an Executive Committee holder must (DOMAIN.md §2.2)"));
        return decide(context, c -> c.seatInterim(position, seat, personId, name, member.id(), decision, positions, now));
    }

    private Optional<Instant> standingLost(String memberId, Instant now) {
        Optional<MemberRecord> member = roll.member(memberId);
        if (member.isEmpty() || member.get().isActiveGoverningAt(now)) {
            return Optional.empty();
        }
        return Optional.of(member.get().standingAt(now, Instant.MAX).map(MemberRecord.Standing::effectiveAt).orElse(now));
    }

    private static List<Map.Entry<SeatKey, Holder>> sorted(Map<SeatKey, Holder> holders) {
        List<Map.Entry<SeatKey, Holder>> out = new ArrayList<>(holders.entrySet());
        out.sort(Comparator.comparing((Map.Entry<SeatKey, Holder> e) -> e.getKey().position())
                .thenComparing(e -> e.getKey().seat()));
        return out;
    }

    /** The last July 1 at or before now in the consortium's zone. */
    static LocalDate latestTermStart(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, CallingElections.CONSORTIUM_ZONE);
        LocalDate thisYear = TERM_START.atYear(today.getYear());
        return today.isBefore(thisYear) ? thisYear.minusYears(1) : thisYear;
    }

    /** Decides on the committee as stored (the empty committee before its first event) and appends, retrying a race. */
    private Recorded<ExecutiveCommittee> decide(CommandContext context,
                                                Function<ExecutiveCommittee, List<? extends SeatEvent>> decision) {
        for (int attempt = 1; ; attempt++) {
            ExecutiveCommittee committee = current();
            Optional<Recorded<ExecutiveCommittee>> appended =
                    committees.appendOnce(ExecutiveCommittee.ID, committee, decision.apply(committee), context);
            if (appended.isPresent()) {
                return appended.get();
            }
            if (attempt == EventSourcedRepository.ATTEMPTS) {
                throw Conflict.momentary("CONCURRENT_CHANGE", "the Executive Committee's seats kept changing while this"
                        + " command was decided; try again", committee.version());
            }
        }
    }
}
