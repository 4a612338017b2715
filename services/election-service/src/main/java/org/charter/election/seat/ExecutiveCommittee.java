package org.charter.election.seat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.charter.election.election.CallingElections;
import org.charter.election.election.Election.Elected;
import org.charter.election.position.Position;
import org.charter.election.position.Positions;
import org.charter.election.seat.SeatEvent.ElectedNotSeated;
import org.charter.election.election.Election.EmptySeats;
import org.charter.election.seat.SeatEvent.EmptyReason;
import org.charter.election.seat.SeatEvent.SeatLeftEmpty;
import org.charter.election.seat.SeatEvent.SeatReason;
import org.charter.election.seat.SeatEvent.SeatTaken;
import org.charter.election.seat.SeatEvent.SeatVacated;
import org.charter.election.seat.SeatEvent.VacatedReason;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * The Executive Committee's seats (DOMAIN.md §2.2, §5.6-5.7): who holds each, for which term,
 * and the vacancies left mid-term. Seating at term start, succession (Chair-Elect to Chair to
 * Past Chair), vacancies, step-ups and interim seats are decided here; every command takes the
 * positions (configuration) and the instant it happens at.
 */
public final class ExecutiveCommittee implements EventSourced<SeatEvent> {

    /** The one stream of the committee's seats. */
    public static final String ID = "executive-committee";

    public static final AggregateKind<String, ExecutiveCommittee, SeatEvent> KIND =
            AggregateKind.of("executive committee", SeatEvent.class, id -> id, ExecutiveCommittee::replay);

    /** A special election for a vacancy is held within this many days of it (§5.7). */
    public static final int SPECIAL_ELECTION_WITHIN_DAYS = 60;
    /** No special election when fewer days than this are left of the vacated term (§5.7). */
    public static final int NO_SPECIAL_ELECTION_UNDER_DAYS = 90;

    private final Map<SeatKey, Holder> holders = new LinkedHashMap<>();
    private final Map<SeatKey, Vacancy> vacancies = new LinkedHashMap<>();
    private final Set<String> handledElected = new HashSet<>();
    /** The seats an election's contest filled: the contest and person, as {@link #handledKey(String, String)}. */
    private final Map<SeatKey, String> seatedByContest = new LinkedHashMap<>();
    /** Who is moving on by succession or a step-up, with the contest that first seated them (between the two events). */
    private final Map<String, String> movingOn = new HashMap<>();
    /** How many seats each contest left empty, as recorded. */
    private final Map<String, Integer> leftEmptyByContest = new HashMap<>();
    private LocalDate lastTermStart;
    private long version;

    public static ExecutiveCommittee empty() {
        return new ExecutiveCommittee();
    }

    public static ExecutiveCommittee replay(List<? extends SeatEvent> events) {
        ExecutiveCommittee committee = new ExecutiveCommittee();
        events.forEach(committee::apply);
        return committee;
    }

    /** A seat: a position and its number (1, or 2 for a two-seat position). */
    public record SeatKey(String position, int seat) {
    }

    /** The holder of a seat and the term they hold it for (inclusive local dates). */
    public record Holder(String personId, String name, String memberId, LocalDate termStart, LocalDate termEnd,
                         SeatReason reason) {
    }

    /**
     * A seat left mid-term: since when, until when its term runs, and (for an elected position
     * with at least 90 days left) the date by which a special election fills it; null when none.
     */
    public record Vacancy(String position, int seat, Instant since, LocalDate termEnd, LocalDate specialElectionBy) {
    }

    /** A seat as read: its holder, or null, and its open vacancy, or null. */
    public record SeatView(String position, int seat, Holder holder, Vacancy vacancy) {
    }

    // ------------------------------------------------------------------ term start (§5.7 succession)

    /**
     * The term starting on July 1 {@code termStart}: holders whose term ended leave, or move on by
     * succession (Past Chair leaves, Chair to Past Chair, Chair-Elect to Chair; an interim holder
     * only leaves); then those the
     * year's election put on the committee are seated, unless their member would hold more than
     * {@code maxSeatsPerMember} seats at term start. Taking it again changes nothing.
     */
    public List<SeatEvent> startTerm(LocalDate termStart, List<Elected> elected, Positions positions, Instant termStartsAt,
                                     Instant now) {
        List<SeatEvent> events = new ArrayList<>();
        Map<SeatKey, Holder> seats = new LinkedHashMap<>(holders);
        List<SeatKey> ended = seats.entrySet().stream().filter(e -> e.getValue().termEnd().isBefore(termStart))
                .map(Map.Entry::getKey).sorted(inConfigurationOrder(positions)).toList();
        ended.forEach(seats::remove);
        List<SeatTaken> moves = new ArrayList<>();
        for (SeatKey key : ended) {
            Holder h = holders.get(key);
            // an interim holder sits until the seat is filled and never moves on by succession
            Optional<Position> next = h.reason() == SeatReason.INTERIM ? Optional.empty()
                    : successorOf(positions, key.position());
            Optional<SeatKey> target = next.flatMap(p -> freeSeat(p, seats));
            if (target.isPresent()) {
                Position p = next.get();
                SeatTaken move = new SeatTaken(p.name(), target.get().seat(), h.personId(), h.name(), h.memberId(), termStart,
                        termEndOf(termStart, p), termStartsAt, SeatReason.SUCCEEDED, null, null, null);
                seats.put(target.get(), holderOf(move));
                moves.add(move);
            }
            events.add(new SeatVacated(key.position(), key.seat(), h.personId(), h.memberId(), termStartsAt,
                    target.isPresent() ? VacatedReason.SUCCEEDED : VacatedReason.TERM_ENDED));
        }
        events.addAll(moves);
        for (Elected e : elected) {
            if (handledElected.contains(handledKey(e))) {
                continue;
            }
            Position p = positions.get(e.position());
            events.add(seatElected(e, p, seats, positions.maxSeatsPerMember(), termStart, termEndOf(termStart, p), now));
        }
        return events;
    }

    private static SeatEvent seatElected(Elected e, Position p, Map<SeatKey, Holder> seats, int maxSeatsPerMember,
                                         LocalDate termStart, LocalDate termEnd, Instant now) {
        long held = seats.values().stream().filter(h -> h.memberId().equals(e.memberId())).count();
        if (held >= maxSeatsPerMember) {
            return new ElectedNotSeated(p.name(), e.personId(), e.memberId(), e.electionId(), e.contestId(),
                    "MAX_SEATS_PER_MEMBER", "member " + e.memberId() + " holds " + held + " seat(s) at term start "
                    + termStart + "; maxSeatsPerMember is " + maxSeatsPerMember, now);
        }
        Optional<SeatKey> free = freeSeat(p, seats);
        if (free.isEmpty()) {
            return new ElectedNotSeated(p.name(), e.personId(), e.memberId(), e.electionId(), e.contestId(), "NO_FREE_SEAT",
                    "every seat of " + p.name() + " is held on " + termStart, now);
        }
        SeatTaken taken = new SeatTaken(p.name(), free.get().seat(), e.personId(), e.name(), e.memberId(), termStart, termEnd,
                now, e.byBallot() ? SeatReason.ELECTED : SeatReason.ACCLAIMED, e.electionId(), e.contestId(), null);
        seats.put(free.get(), holderOf(taken));
        return taken;
    }

    // ------------------------------------------------------------------ vacancies (§5.7, §8.17)

    /**
     * The holder leaves mid-term ({@code RESIGNED}, {@code MEMBER_NOT_IN_GOOD_STANDING},
     * {@code REPRESENTATION_ENDED}). A vacant
     * Chair is taken at once by the Chair-Elect, who keeps the next term as Chair; the Chair-Elect's
     * seat is then the vacancy. 409 {@code SEAT_VACANT} when no one holds the seat.
     */
    public List<SeatEvent> vacate(String position, int seat, VacatedReason reason, Positions positions, Instant at) {
        Position p = positions.get(position);
        SeatKey key = seatOf(p, seat);
        Holder h = holders.get(key);
        if (h == null) {
            throw new Conflict("SEAT_VACANT", "no one holds " + position + " seat " + seat);
        }
        List<SeatEvent> events = new ArrayList<>();
        events.add(new SeatVacated(position, seat, h.personId(), h.memberId(), at, reason));
        if (p.succeedsFrom() != null && successorOf(positions, position).isPresent()) {
            SeatKey from = new SeatKey(p.succeedsFrom(), 1);
            Holder up = holders.get(from);
            if (up != null) {
                events.add(new SeatVacated(from.position(), from.seat(), up.personId(), up.memberId(), at,
                        VacatedReason.STEPPED_UP));
                events.add(new SeatTaken(position, seat, up.personId(), up.name(), up.memberId(), localDate(at),
                        up.termEnd().plusYears(p.termYears()), at, SeatReason.STEPPED_UP, null, null, null));
            }
        }
        return events;
    }

    /**
     * The secretary records the Executive Committee's decision to seat a person in a vacancy until
     * it is filled (§5.7). 409 {@code SEAT_TAKEN} when held, {@code NO_VACANCY} when the seat is not
     * one the EC may fill (a vacant Past Chair stays empty); 422 {@code MAX_SEATS_PER_MEMBER}.
     */
    public List<SeatEvent> seatInterim(String position, int seat, String personId, String name, String memberId,
                                       String decision, Positions positions, Instant at) {
        Position p = positions.get(position);
        SeatKey key = seatOf(p, seat);
        if (holders.containsKey(key)) {
            Holder h = holders.get(key);
            throw new Conflict("SEAT_TAKEN", h.personId() + " holds " + position + " seat " + seat + " until " + h.termEnd());
        }
        Vacancy vacancy = openVacancy(key, positions, localDate(at))
                .orElseThrow(() -> new Conflict("NO_VACANCY", position + " seat " + seat + " has no open vacancy an interim"
                        + " holder fills" + (isEndOfSuccession(p, positions) ? ": a vacant " + position + " stays empty (§5.7)"
                        : "")));
        requireRoomFor(memberId, positions.maxSeatsPerMember(), holders);
        return List.of(new SeatTaken(position, seat, personId, name, memberId, localDate(at), vacancy.termEnd(), at,
                SeatReason.INTERIM, null, null, decision));
    }

    /**
     * A person a special election put on the committee takes the vacancy of their position for the
     * rest of its term; an interim holder there leaves. Nothing when seated already.
     */
    public List<SeatEvent> seatSpecial(Elected e, Positions positions, Instant at) {
        if (handledElected.contains(handledKey(e))) {
            return List.of();
        }
        Position p = positions.get(e.position());
        LocalDate today = localDate(at);
        Optional<Vacancy> vacancy = vacancies.keySet().stream().filter(k -> k.position().equals(p.name()))
                .map(k -> openVacancy(k, positions, today)).flatMap(Optional::stream).findFirst();
        if (vacancy.isEmpty()) {
            return List.of(new ElectedNotSeated(p.name(), e.personId(), e.memberId(), e.electionId(), e.contestId(),
                    "NO_FREE_SEAT", "no open vacancy of " + p.name() + " on " + today, at));
        }
        SeatKey key = new SeatKey(p.name(), vacancy.get().seat());
        List<SeatEvent> events = new ArrayList<>();
        Map<SeatKey, Holder> seats = new LinkedHashMap<>(holders);
        Holder interim = holders.get(key);
        if (interim != null) {
            events.add(new SeatVacated(key.position(), key.seat(), interim.personId(), interim.memberId(), at,
                    VacatedReason.TERM_ENDED));
            seats.remove(key);
        }
        long held = seats.values().stream().filter(h -> h.memberId().equals(e.memberId())).count();
        if (held >= positions.maxSeatsPerMember()) {
            return List.of(new ElectedNotSeated(p.name(), e.personId(), e.memberId(), e.electionId(), e.contestId(),
                    "MAX_SEATS_PER_MEMBER", "member " + e.memberId() + " holds " + held + " seat(s); maxSeatsPerMember is "
                    + positions.maxSeatsPerMember(), at));
        }
        events.add(new SeatTaken(p.name(), key.seat(), e.personId(), e.name(), e.memberId(), today, vacancy.get().termEnd(),
                at, e.byBallot() ? SeatReason.ELECTED : SeatReason.ACCLAIMED, e.electionId(), e.contestId(), null));
        return events;
    }

    /**
     * A correction of contest {@code contestId}'s certified result (DOMAIN.md §5.6) after its
     * winners were seated: each holder the contest seated who is no longer among {@code electedNow}
     * leaves ({@code RESULT_CORRECTED}), and a corrected winner not seated yet takes the seat so
     * freed for the rest of its term (not beyond {@code maxSeatsPerMember}: then
     * {@code ElectedNotSeated} and the seat is a vacancy). A holder who moved on by succession or a
     * step-up (Chair-Elect to Chair to Past Chair) still holds the seat their contest put them on
     * the way to: they leave it and the corrected winner takes it, as they would have been there
     * (ADR 0042). Nothing before the contest's winners are seated (term start seats the corrected
     * ones), after the wrongly seated left the committee, nor when the correction was followed already.
     *
     * @param electedNow who the contest elects as last corrected, all of {@code contestId}
     */
    public List<SeatEvent> followCorrection(String contestId, List<Elected> electedNow, Positions positions, Instant at) {
        Set<String> rightful = new HashSet<>();
        electedNow.forEach(e -> rightful.add(handledKey(e)));
        List<SeatKey> wronglySeated = seatedByContest.entrySet().stream()
                .filter(s -> s.getValue().startsWith(contestId + "/") && !rightful.contains(s.getValue()))
                .map(Map.Entry::getKey).sorted(inConfigurationOrder(positions)).toList();
        if (wronglySeated.isEmpty()) {
            return List.of();
        }
        List<SeatEvent> events = new ArrayList<>();
        Map<SeatKey, Holder> seats = new LinkedHashMap<>(holders);
        for (SeatKey key : wronglySeated) {
            Holder h = seats.remove(key);
            events.add(new SeatVacated(key.position(), key.seat(), h.personId(), h.memberId(), at,
                    VacatedReason.RESULT_CORRECTED));
        }
        List<Elected> toSeat = electedNow.stream().filter(e -> !handledElected.contains(handledKey(e))).toList();
        for (int i = 0; i < toSeat.size(); i++) {
            Elected e = toSeat.get(i);
            if (i >= wronglySeated.size()) {
                events.add(new ElectedNotSeated(e.position(), e.personId(), e.memberId(), e.electionId(), e.contestId(),
                        "NO_FREE_SEAT", "the correction of " + contestId + " freed " + wronglySeated.size() + " seat(s)", at));
                continue;
            }
            SeatKey key = wronglySeated.get(i);
            long held = seats.values().stream().filter(h -> h.memberId().equals(e.memberId())).count();
            if (held >= positions.maxSeatsPerMember()) {
                events.add(new ElectedNotSeated(e.position(), e.personId(), e.memberId(), e.electionId(), e.contestId(),
                        "MAX_SEATS_PER_MEMBER", "member " + e.memberId() + " holds " + held + " seat(s); maxSeatsPerMember"
                        + " is " + positions.maxSeatsPerMember(), at));
                continue;
            }
            SeatTaken taken = new SeatTaken(key.position(), key.seat(), e.personId(), e.name(), e.memberId(), localDate(at),
                    holders.get(key).termEnd(), at, e.byBallot() ? SeatReason.ELECTED : SeatReason.ACCLAIMED,
                    e.electionId(), e.contestId(), null);
            seats.put(key, holderOf(taken));
            events.add(taken);
        }
        return events;
    }

    /**
     * The seats the term starting on {@code termStart} has no one for: each contest's empty seats
     * not recorded yet take free seats of its position, vacant from the later of the term start
     * and {@link EmptySeats#since()}. Nothing for seats already recorded, nor without a free seat.
     */
    public List<SeatEvent> leaveEmpty(List<EmptySeats> empty, LocalDate termStart, Positions positions, Instant termStartsAt) {
        List<SeatEvent> events = new ArrayList<>();
        Map<SeatKey, Holder> seats = new LinkedHashMap<>(holders);
        Set<SeatKey> taken = new HashSet<>();
        vacancies.forEach((key, v) -> {
            if (!v.termEnd().isBefore(termStart)) {
                taken.add(key);
            }
        });
        for (EmptySeats e : empty) {
            Position p = positions.get(e.position());
            Instant from = e.since() != null && e.since().isAfter(termStartsAt) ? e.since() : termStartsAt;
            for (int n = leftEmptyByContest.getOrDefault(e.contestId(), 0); n < e.seats(); n++) {
                Optional<SeatKey> free = freeSeatNotIn(p, seats, taken);
                if (free.isEmpty()) {
                    break;
                }
                taken.add(free.get());
                events.add(new SeatLeftEmpty(p.name(), free.get().seat(), e.electionId(), e.contestId(),
                        EmptyReason.valueOf(e.reason()), termStart, termEndOf(termStart, p), from));
            }
        }
        return events;
    }

    /**
     * The vacancies a special election (§5.7) could not fill: its contest's certification lapsed,
     * or it had too few candidates after reopening. Each of its empty seats not recorded yet is an
     * open vacancy of the position that stays empty ({@code SeatLeftEmpty}, the same reasons as the
     * year's election) from {@link EmptySeats#since()} to the end of that vacancy's term; the
     * 60-day window for the next special election runs from then (ADR 0042). Nothing without an
     * open vacancy of the position.
     */
    public List<SeatEvent> leaveVacanciesEmpty(List<EmptySeats> empty, Positions positions) {
        List<SeatEvent> events = new ArrayList<>();
        Set<SeatKey> taken = new HashSet<>();
        for (EmptySeats e : empty) {
            Position p = positions.get(e.position());
            LocalDate from = localDate(e.since());
            List<Vacancy> open = vacancies.keySet().stream().filter(k -> k.position().equals(p.name()) && !taken.contains(k))
                    .sorted(inConfigurationOrder(positions)).map(k -> openVacancy(k, positions, from))
                    .flatMap(Optional::stream).toList();
            int toRecord = Math.min(e.seats() - leftEmptyByContest.getOrDefault(e.contestId(), 0), open.size());
            for (Vacancy v : open.subList(0, Math.max(toRecord, 0))) {
                taken.add(new SeatKey(v.position(), v.seat()));
                events.add(new SeatLeftEmpty(p.name(), v.seat(), e.electionId(), e.contestId(),
                        EmptyReason.valueOf(e.reason()), from, v.termEnd(), e.since()));
            }
        }
        return events;
    }

    private static Optional<SeatKey> freeSeatNotIn(Position p, Map<SeatKey, Holder> seats, Set<SeatKey> excluded) {
        for (int seat = 1; seat <= p.seats(); seat++) {
            SeatKey key = new SeatKey(p.name(), seat);
            if (!seats.containsKey(key) && !excluded.contains(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static void requireRoomFor(String memberId, int maxSeatsPerMember, Map<SeatKey, Holder> seats) {
        long held = seats.values().stream().filter(h -> h.memberId().equals(memberId)).count();
        if (held >= maxSeatsPerMember) {
            throw new RuleViolation("MAX_SEATS_PER_MEMBER", "member " + memberId + " holds " + held
                    + " seat(s) already; maxSeatsPerMember is " + maxSeatsPerMember);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Every seat of every position, in configuration order, held or not, with its open vacancy. */
    public List<SeatView> seats(Positions positions, Instant at) {
        LocalDate today = localDate(at);
        List<SeatView> out = new ArrayList<>();
        for (Position p : positions.all()) {
            for (int seat = 1; seat <= p.seats(); seat++) {
                SeatKey key = new SeatKey(p.name(), seat);
                out.add(new SeatView(p.name(), seat, holders.get(key), openVacancy(key, positions, today).orElse(null)));
            }
        }
        return out;
    }

    /**
     * How many seats the member's people will hold on {@code date}, as this committee's events say:
     * the terms still running then, and the holders whose term ends before it who move on by
     * succession (Chair-Elect to Chair to Past Chair, each a term of its position) until then. An
     * interim holder never moves on; a seat the year's election fills is not counted before it is.
     */
    public long seatsHeldOn(String memberId, LocalDate date, Positions positions) {
        long held = 0;
        for (Map.Entry<SeatKey, Holder> seat : holders.entrySet()) {
            Holder h = seat.getValue();
            if (!h.memberId().equals(memberId)) {
                continue;
            }
            Optional<Position> position = Optional.of(positions.get(seat.getKey().position()));
            LocalDate termEnd = h.termEnd();
            while (position.isPresent() && termEnd.isBefore(date)) {
                position = h.reason() == SeatReason.INTERIM ? Optional.empty() : successorOf(positions, position.get().name());
                if (position.isPresent()) {
                    termEnd = termEnd.plusYears(position.get().termYears());
                }
            }
            if (position.isPresent()) {
                held++;
            }
        }
        return held;
    }

    /** The holders now, by seat. */
    public Map<SeatKey, Holder> holders() {
        return Map.copyOf(holders);
    }

    /** The last July 1 a term started on, as recorded. */
    public Optional<LocalDate> lastTermStart() {
        return Optional.ofNullable(lastTermStart);
    }

    /** Whether the person an election put on the committee was seated (or found not seatable) already. */
    public boolean handled(Elected e) {
        return handledElected.contains(handledKey(e));
    }

    private Optional<Vacancy> openVacancy(SeatKey key, Positions positions, LocalDate today) {
        Vacancy v = vacancies.get(key);
        if (v == null || v.termEnd().isBefore(today)) {
            return Optional.empty();
        }
        Position p = positions.get(key.position());
        if (isEndOfSuccession(p, positions)) {
            return Optional.empty();
        }
        LocalDate since = localDate(v.since());
        long daysLeft = ChronoUnit.DAYS.between(since, v.termEnd()) + 1;
        LocalDate by = p.isElected() && daysLeft >= NO_SPECIAL_ELECTION_UNDER_DAYS
                ? since.plusDays(SPECIAL_ELECTION_WITHIN_DAYS) : null;
        return Optional.of(new Vacancy(v.position(), v.seat(), v.since(), v.termEnd(), by));
    }

    private static java.util.Comparator<SeatKey> inConfigurationOrder(Positions positions) {
        List<String> order = positions.all().stream().map(Position::name).toList();
        return java.util.Comparator.comparingInt((SeatKey k) -> order.indexOf(k.position())).thenComparingInt(SeatKey::seat);
    }

    /** Past Chair: filled by succession and succeeded by no one. */
    private static boolean isEndOfSuccession(Position p, Positions positions) {
        return p.succeedsFrom() != null && successorOf(positions, p.name()).isEmpty();
    }

    private static Optional<Position> successorOf(Positions positions, String position) {
        return positions.all().stream().filter(p -> position.equals(p.succeedsFrom())).findFirst();
    }

    private static Optional<SeatKey> freeSeat(Position p, Map<SeatKey, Holder> seats) {
        for (int seat = 1; seat <= p.seats(); seat++) {
            SeatKey key = new SeatKey(p.name(), seat);
            if (!seats.containsKey(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static SeatKey seatOf(Position p, int seat) {
        if (seat < 1 || seat > p.seats()) {
            throw new NotFound("SEAT_NOT_FOUND", p.name() + " has seat(s) 1.." + p.seats() + ", not " + seat);
        }
        return new SeatKey(p.name(), seat);
    }

    /** The last day of a term of the position starting on {@code termStart}. */
    static LocalDate termEndOf(LocalDate termStart, Position p) {
        return termStart.plusYears(p.termYears()).minusDays(1);
    }

    static LocalDate localDate(Instant at) {
        return LocalDate.ofInstant(at, CallingElections.CONSORTIUM_ZONE);
    }

    private static Holder holderOf(SeatTaken t) {
        return new Holder(t.personId(), t.name(), t.memberId(), t.termStart(), t.termEnd(), t.reason());
    }

    private static String handledKey(Elected e) {
        return e.contestId() + "/" + e.personId();
    }

    private static String handledKey(String contestId, String personId) {
        return contestId + "/" + personId;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(SeatEvent event) {
        if (event instanceof SeatEvent.SeatVacatedV1 v1) {
            apply(v1.asCurrent());
            return;
        } else if (event instanceof SeatEvent.SeatVacatedV2 v2) {
            apply(v2.asCurrent());
            return;
        } else if (event instanceof SeatTaken e) {
            SeatKey key = new SeatKey(e.position(), e.seat());
            holders.put(key, holderOf(e));
            if (e.reason() != SeatReason.INTERIM) {
                vacancies.remove(key);
            }
            if (e.contestId() != null) {
                handledElected.add(handledKey(e.contestId(), e.personId()));
                seatedByContest.put(key, handledKey(e.contestId(), e.personId()));
            } else if ((e.reason() == SeatReason.SUCCEEDED || e.reason() == SeatReason.STEPPED_UP)
                    && movingOn.containsKey(e.personId())) {
                // the seat a person moves on to is still the one their contest put them on the way to (ADR 0042)
                seatedByContest.put(key, movingOn.remove(e.personId()));
            } else {
                seatedByContest.remove(key);
            }
            if (e.termStart().getMonthValue() == 7 && e.termStart().getDayOfMonth() == 1
                    && (lastTermStart == null || e.termStart().isAfter(lastTermStart))) {
                lastTermStart = e.termStart();
            }
        } else if (event instanceof SeatVacated e) {
            SeatKey key = new SeatKey(e.position(), e.seat());
            Holder h = holders.remove(key);
            String seatedBy = seatedByContest.remove(key);
            if (seatedBy != null && (e.reason() == VacatedReason.SUCCEEDED || e.reason() == VacatedReason.STEPPED_UP)) {
                movingOn.put(e.personId(), seatedBy);
            }
            switch (e.reason()) {
                case RESULT_CORRECTED -> {
                    // the contest no longer elects them: a later correction back to them seats them again
                    handledElected.remove(seatedBy);
                    if (h != null) {
                        vacancies.put(key, new Vacancy(e.position(), e.seat(), e.vacatedAt(), h.termEnd(), null));
                    }
                }
                case RESIGNED, MEMBER_NOT_IN_GOOD_STANDING, REPRESENTATION_ENDED, STEPPED_UP -> {
                    if (h != null) {
                        vacancies.put(key, new Vacancy(e.position(), e.seat(), e.vacatedAt(), h.termEnd(), null));
                    }
                }
                case TERM_ENDED, SUCCEEDED -> {
                    if (h != null && h.reason() != SeatReason.INTERIM) {
                        vacancies.remove(key);
                    }
                }
            }
        } else if (event instanceof SeatLeftEmpty e) {
            SeatKey key = new SeatKey(e.position(), e.seat());
            vacancies.put(key, new Vacancy(e.position(), e.seat(), e.emptyFrom(), e.termEnd(), null));
            leftEmptyByContest.merge(e.contestId(), 1, Integer::sum);
        } else if (event instanceof ElectedNotSeated e) {
            handledElected.add(handledKey(e.contestId(), e.personId()));
        }
        version++;
    }
}
