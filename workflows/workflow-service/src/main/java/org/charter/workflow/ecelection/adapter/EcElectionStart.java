package org.charter.workflow.ecelection.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.ecelection.ElectionPeriods;
import org.charter.workflow.election.Election;
import org.charter.workflow.election.Election.CalledElection;
import org.charter.workflow.election.Election.ContestRequest;
import org.charter.workflow.election.Election.ElectionCall;
import org.charter.workflow.process.PeriodOverrides;
import org.charter.workflow.process.ProcessStart;
import org.charter.workflow.process.StartableProcess;
import org.springframework.stereotype.Component;

/**
 * How an Executive Committee election starts: the start calls the election on the election
 * service with the process's periods (the call for nominations), so the secretary hears at once
 * what the service refuses (422 {@code INVALID_PERIODS}, {@code UNKNOWN_POSITION}, ...), and the
 * process's timers follow the calendar the service fixed. An election the service called already
 * (its process deleted, or the engine failed after the call) is adopted while it still takes
 * nominations, without calling it again; past that it is 409 {@code ELECTION_UNDER_WAY} (ADR 0035).
 */
@Component
class EcElectionStart implements StartableProcess<EcElectionRequest> {

    static final String PROCESS = "ec-election";
    static final String ADOPTED = "adopted";
    static final String ALREADY_EXISTS = "ELECTION_ALREADY_EXISTS";
    static final String UNDER_WAY = "ELECTION_UNDER_WAY";

    private final Election election;
    private final Clock clock;

    EcElectionStart(Election election, Clock clock) {
        this.election = election;
        this.clock = clock;
    }

    @Override
    public String key() {
        return PROCESS;
    }

    @Override
    public Class<EcElectionRequest> requestType() {
        return EcElectionRequest.class;
    }

    @Override
    public String businessKey(EcElectionRequest request) {
        return request.electionId();
    }

    @Override
    public ProcessStart prepare(EcElectionRequest request, CommandContext context) {
        ElectionPeriods periods = ElectionPeriods.defaultsWith(request.periods());
        var ballotOpensAt = request.ballotOpensAt() != null ? request.ballotOpensAt()
                : clock.instant().plus(periods.nominationsOpen());
        List<ContestRequest> contests = request.contests() == null ? List.of()
                : request.contests().stream().map(c -> new ContestRequest(c.position(), c.seats())).toList();
        CalledElection called;
        boolean adopted = false;
        // one key per start: the client's retries of this call send it again; another start is another command
        var source = new CommandSource("process-start:" + UUID.randomUUID(), context.correlationId(), context.actor().subject());
        try {
            called = election.call(new ElectionCall(request.fiscalYear(), request.suffix(), ballotOpensAt,
                    periods.servicePeriods(), contests, request.continuingHolders()), source);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 409 && ALREADY_EXISTS.equals(refusal.code())) {
                called = adoptable(request.electionId(), refusal, source);
                adopted = true;
            } else {
                throw refusal.status() == 409 ? new Conflict(refusal.code(), refusalDetail(refusal))
                        : new RuleViolation(refusal.code(), refusalDetail(refusal));
            }
        }
        Map<String, Object> variables = EcElectionVariables.atStart(called, periods, context.correlationId());
        variables.put(ADOPTED, adopted);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("election", called.id());
        shown.put(ADOPTED, adopted);
        shown.put("contests", called.contests());
        shown.put("slateAt", called.slateAt());
        shown.put("ballotOpensAt", called.ballotOpensAt());
        shown.put("periods", PeriodOverrides.texts(periods.asMap()));
        return new ProcessStart(called.id(), variables, shown);
    }

    /** The election the service has, if a process may take it up from its start: no slate published yet. */
    private CalledElection adoptable(String electionId, ServiceRefusal alreadyExists, CommandSource source) {
        var standing = election.find(electionId, source)
                .orElseThrow(() -> new Conflict(alreadyExists.code(), refusalDetail(alreadyExists)));
        if (!standing.nominating()) {
            throw new Conflict(UNDER_WAY, electionId + " is under way on the election service (contests "
                    + standing.contestStatuses() + "): past its slate a process cannot take it up, and nothing was"
                    + " started. Follow it on the election service (GET /api/v1/elections/" + electionId + "), certify its"
                    + " counted contests there (POST /api/v1/contests/{id}/certification), or start a special election"
                    + " (suffix) for a new call");
        }
        return standing.called();
    }

    private static String refusalDetail(ServiceRefusal refusal) {
        return "the election service refused to call the election (nothing was started): " + refusal.getMessage();
    }

    @Override
    public Map<String, Duration> defaultPeriods() {
        return ElectionPeriods.DEFAULTS.asMap();
    }

    @Override
    public Set<String> progressVariables() {
        return Set.of("election", "contests", "slateAt", "ballotOpensAt", "termStartsAt", ADOPTED);
    }
}
