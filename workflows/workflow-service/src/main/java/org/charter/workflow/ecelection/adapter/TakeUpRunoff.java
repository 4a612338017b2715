package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The election service slated the runoff: the process now follows that contest, whose ballot closes at its {@code closesAt}. */
@Component("takeUpRunoff")
class TakeUpRunoff implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        v.takeUpRunoff(v.text("runoffContest"), v.textInstant("closesAt"));
    }
}
