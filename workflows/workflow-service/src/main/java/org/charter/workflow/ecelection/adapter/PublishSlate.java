package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.election.Election;
import org.charter.workflow.process.adapter.ProcessContexts;
import org.springframework.stereotype.Component;

/**
 * The nomination period is over: publishes the slate on the election service (key: instance,
 * activity, 1). What it decided for each contest (acclaimed, on the ballot, reopened) each
 * contest's process learns from the service's events.
 */
@Component("publishSlate")
class PublishSlate implements JavaDelegate {

    private final Election election;

    PublishSlate(Election election) {
        this.election = election;
    }

    @Override
    public void execute(DelegateExecution execution) {
        election.slate(EcElectionVariables.of(execution).election(), ProcessContexts.source(execution, 1));
    }
}
