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
 * (the election's slate decided it meanwhile) is what this asked for. Any other refusal is kept by
 * the service under its key, so sending it again could never succeed: it goes to the secretary's
 * task with its code and detail ({@code slateRefused}, {@code slateRefusal}, {@code slateProblem};
 * ADR 0052), and a retry from there is a new attempt, a new key. Reopened nominations not closed
 * yet ({@code NOMINATIONS_OPEN}, clocks apart) are a momentary refusal that leaves the key unspent
 * (the guarded call throws, not a {@link ServiceRefusal}), so the job's retries send the same
 * request again.
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
                v.slateTried(true, refusal.code(), refusal.getMessage());
                return;
            }
        }
        v.slateTried(false, null, null);
    }
}
