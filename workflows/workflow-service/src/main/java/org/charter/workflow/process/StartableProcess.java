package org.charter.workflow.process;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.charter.platform.event.CommandContext;

/**
 * What one process contributes to the shared start ({@code POST /api/v1/processes/{key}}): its key
 * (the BPMN process id), the body a start takes (validated with Bean Validation before anything
 * else), the business key a request names (one running instance per process and key), what the
 * start checks with the other services, and which variables a person following it sees as its
 * progress. Everything else (the running check, the initiator, the engine start, the answer, the
 * listing and following, the problem answers) is the shared start's.
 *
 * @param <R> the start request's body
 */
public interface StartableProcess<R> {

    /** The BPMN process id and the last segment of the start path: {@code policy-approval}. */
    String key();

    Class<R> requestType();

    /** The business key the request names (the motion, the budget proposal), before asking anyone. */
    String businessKey(R request);

    /** Asks the services whether the process may start and answers its variables; refuses with a problem. */
    ProcessStart prepare(R request, CommandContext context);

    /**
     * The periods a start may override ({@code periods}), by name in the order the process
     * documents them, at their defaults: what {@code GET /api/v1/processes/{key}/periods} answers,
     * so a client's start form shows the defaults rather than copying them.
     */
    Map<String, Duration> defaultPeriods();

    /** The process variables shown as {@code progress} when the process is followed. */
    Set<String> progressVariables();
}
