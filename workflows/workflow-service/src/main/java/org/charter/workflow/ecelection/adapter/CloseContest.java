package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.election.Election;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * The voting period is over: closes the ballot on the election service, which counts it (key:
 * instance, activity, ballot). The service also closes it by itself at {@code closesAt}; a ballot
 * it closed already ({@code POLL_CLOSED}) is what this asked for.
 */
@Component("closeContest")
class CloseContest implements JavaDelegate {

    private final Election election;

    CloseContest(Election election) {
        this.election = election;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        try {
            election.close(v.contest(), ProcessContexts.source(execution, v.ballot()));
        } catch (ServiceRefusal refusal) {
            if (!"POLL_CLOSED".equals(refusal.code())) {
                throw refusal;
            }
        }
    }
}
