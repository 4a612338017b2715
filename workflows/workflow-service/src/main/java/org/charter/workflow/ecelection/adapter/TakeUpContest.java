package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The contest's process takes up its contest (the election's at its index) and is known by its id. */
@Component("takeUpContest")
class TakeUpContest implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setProcessBusinessKey(ContestVariables.of(execution).takeUp());
    }
}
