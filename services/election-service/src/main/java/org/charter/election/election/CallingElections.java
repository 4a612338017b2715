package org.charter.election.election;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.charter.election.election.ElectionEvent.ContestCall;
import org.charter.election.position.Periods;
import org.charter.election.position.Position;
import org.charter.election.position.Positions;
import org.charter.platform.aggregate.Recorded;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;

/**
 * Use case: the secretary calls the year's election (DOMAIN.md §5.1). Its contests are the
 * positions elected for terms starting in the fiscal year, unless the call lists its own (the
 * first election of a new committee, or added seats); its periods are the configured ones with
 * the call's overrides.
 */
public class CallingElections {

    /** The consortium's zone (DOMAIN.md preamble): terms start on July 1 there. */
    public static final ZoneId CONSORTIUM_ZONE = ZoneId.of("America/Los_Angeles");

    private final Elections elections;
    private final Positions positions;
    private final Periods defaults;
    private final String singleSeatMethod;
    private final Clock clock;

    public CallingElections(Elections elections, Positions positions, Periods defaults, String singleSeatMethod, Clock clock) {
        this.elections = elections;
        this.positions = positions;
        this.defaults = defaults;
        this.singleSeatMethod = singleSeatMethod;
        this.clock = clock;
    }

    /** A contest asked for explicitly: a position and how many of its seats. */
    public record ContestRequest(String position, int seats) {
    }

    /**
     * @param periods          null for the configured periods, else overrides (null members keep the default)
     * @param contests         empty for the positions the fiscal year elects
     * @param continuingHolders members holding seats at term start anyway (successions, continuing terms)
     */
    public Recorded<Election> call(int fiscalYear, String suffix, Instant ballotOpensAt, Periods periods,
                                   List<ContestRequest> contests, List<String> continuingHolders, CommandContext context) {
        ElectionId id = ElectionId.forFiscalYear(fiscalYear, suffix);
        ElectionCalendar calendar = ElectionCalendar.around(ballotOpensAt, periods == null ? defaults : periods);
        Instant termStartsAt = LocalDate.of(fiscalYear - 1, 7, 1).atStartOfDay(CONSORTIUM_ZONE).toInstant();
        List<ContestCall> calls = new ArrayList<>();
        if (contests == null || contests.isEmpty()) {
            for (Position p : positions.electedFor(fiscalYear)) {
                calls.add(contestCall(id, p, p.seatsPerElection()));
            }
        } else {
            for (ContestRequest request : contests) {
                Position p = positions.get(request.position());
                if (!p.isElected()) {
                    throw new RuleViolation("NOT_ELECTED_POSITION", p.name() + " is filled by succession from "
                            + p.succeedsFrom() + ", never by election");
                }
                if (request.seats() < 1 || request.seats() > p.seats()) {
                    throw new RuleViolation("INVALID_SEATS", p.name() + " has " + p.seats() + " seat(s): a contest elects 1.."
                            + p.seats() + ", not " + request.seats());
                }
                if (calls.stream().anyMatch(c -> c.position().equals(p.name()))) {
                    throw new RuleViolation("DUPLICATE_CONTEST", p.name() + " is asked for twice: one contest per position");
                }
                calls.add(contestCall(id, p, request.seats()));
            }
        }
        List<String> holders = continuingHolders == null ? List.of() : continuingHolders;
        return elections.create(id, Election.call(id, fiscalYear, termStartsAt, calendar, calls, holders,
                positions.maxSeatsPerMember(), clock.instant()), context);
    }

    private ContestCall contestCall(ElectionId id, Position p, int seats) {
        return new ContestCall(id.contestId(p.name()), p.name(), seats, seats == 1 ? singleSeatMethod.toLowerCase().replace('_', '-') : "stv");
    }
}
