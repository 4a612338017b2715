package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.election.Election;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * The reopening is over: asks the election service for the slate again (key: instance, activity,
 * attempt). Contests reopened together are slated by the first such call; the others' calls find
 * nothing due ({@code WRONG_STEP}), which is no failure: the service's event brings each its outcome.
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
            election.slate(v.election(), ProcessContexts.source(execution, v.slateAttempt()));
        } catch (ServiceRefusal refusal) {
            if (!"WRONG_STEP".equals(refusal.code())) {
                throw refusal;
            }
        }
        v.nextSlateAttempt();
    }
}
