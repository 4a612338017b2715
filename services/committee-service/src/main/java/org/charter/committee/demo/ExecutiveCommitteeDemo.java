package org.charter.committee.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.committee.committee.AppointingCommitteeMembers;
import org.charter.committee.committee.Committee.SeatHolder;
import org.charter.committee.committee.CommitteeId;
import org.charter.committee.committee.ExecutivePosition;
import org.charter.platform.demo.DemoLoads;
import org.charter.platform.event.CommandContext;

/**
 * The demo consortium's Executive Committee before its first election: the initial roster a
 * secretary records once ({@code POST /api/v1/committees/EXECUTIVE_COMMITTEE/roster}, here the same
 * use case), so the committee has a Chair (who chairs the Board and is told of a budget's
 * escalation) and a quorum of seats. Every term is the current one, from the last July 1 to the
 * next (the consortium's zone), when the demo election's winners take their seats; the holders'
 * members are none of the demo election's candidates', so nobody would hold two seats then.
 * {@code POSTSECONDARY_CAREERS} stays vacant: no demo member has a post-secondary careers
 * representative. Loaded once: {@link DemoLoads} remembers it.
 */
public class ExecutiveCommitteeDemo {

    public static final String NAME = "executive-committee-roster";
    static final ZoneId CONSORTIUM_ZONE = ZoneId.of("America/Los_Angeles");

    /** The seats, by member and the person of the demo consortium (membership's demo) who holds it. */
    static final List<Seat> SEATS = List.of(
            new Seat(ExecutivePosition.CHAIR, "wa-k12", "WA"),
            new Seat(ExecutivePosition.CHAIR_ELECT, "or-k12", "OR"),
            new Seat(ExecutivePosition.PAST_CHAIR, "nv-k12", "NV"),
            new Seat(ExecutivePosition.AT_LARGE_K12, "mt-k12", "MT"),
            new Seat(ExecutivePosition.AT_LARGE_K12, "usvi-k12", "USVI"),
            new Seat(ExecutivePosition.HIGHER_EDUCATION, "nd-he1", "ND"));

    record Seat(ExecutivePosition position, String person, String member) {
    }

    private final DemoLoads loads;
    private final AppointingCommitteeMembers appointing;
    private final Clock clock;

    public ExecutiveCommitteeDemo(DemoLoads loads, AppointingCommitteeMembers appointing, Clock clock) {
        this.loads = loads;
        this.appointing = appointing;
        this.clock = clock;
    }

    /** The roster for the term year around {@code now}. */
    static List<SeatHolder> roster(Instant now) {
        Instant termStart = lastJulyFirst(now);
        Instant termEnd = termStart.atZone(CONSORTIUM_ZONE).plusYears(1).toInstant();
        return SEATS.stream().map(s -> new SeatHolder(s.position(), s.person(), null, s.member(), termStart, termEnd)).toList();
    }

    static Instant lastJulyFirst(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, CONSORTIUM_ZONE);
        LocalDate julyFirst = MonthDay.of(7, 1).atYear(today.getYear());
        if (today.isBefore(julyFirst)) {
            julyFirst = julyFirst.minusYears(1);
        }
        return julyFirst.atStartOfDay(CONSORTIUM_ZONE).toInstant();
    }

    /**
     * Records the roster unless the demo recorded it before; the seats it recorded, or empty when
     * there was nothing to do. A roster recorded by a secretary already is refused (409
     * {@code WRONG_STEP}) like any second roster, and the demo is left unfinished.
     */
    public Optional<Map<String, String>> load() {
        Instant now = clock.instant();
        if (!loads.claim(NAME, now)) {
            return Optional.empty();
        }
        appointing.recordExecutiveRoster(CommitteeId.EXECUTIVE_COMMITTEE, roster(now),
                new CommandContext(GoverningBoardDemo.LOADER, "demo-executive-committee", null));
        Map<String, String> produced = new LinkedHashMap<>();
        SEATS.forEach(s -> produced.merge(s.position().name(), s.person(), (a, b) -> a + "," + b));
        loads.finished(NAME, produced, clock.instant());
        return Optional.of(produced);
    }
}
