package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.election.Election;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * The reopening is over: asks the election service for this contest's slate on its own (ADR 0042;
 * key: instance, activity, attempt); the service's event brings the outcome. {@code ALREADY_SLATED}
 * (the election's slate decided it meanwhile) is what this asked for. Any other refusal is not:
 * the job fails and, after the engine's retries, stands as an incident with the service's code
 * ({@code NOT_REOPENED}: the process and the service disagree). Reopened nominations not closed
 * yet ({@code NOMINATIONS_OPEN}, clocks apart) are a momentary refusal that leaves the key unspent,
 * so the job's retries send the same request again.
 */
@Component("slateReopenedContest")
class SlateReopenedContest implements JavaDelegate {

    private final Election election;

    SlateReopenedContest(Election election) {
        this.election = election;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        try {
            election.slateContest(v.contest(), ProcessContexts.source(execution, v.slateAttempt()));
        } catch (ServiceRefusal refusal) {
            if (!"ALREADY_SLATED".equals(refusal.code())) {
                throw refusal;
            }
        }
        v.nextSlateAttempt();
    }
}
