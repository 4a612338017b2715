package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One elected person was seated or recorded as not seated (the service's event): is everyone accounted for? */
@Component("assessSeating")
class AssessSeating implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        v.seating(v.seating().after(v.seatTaken()));
    }
}
