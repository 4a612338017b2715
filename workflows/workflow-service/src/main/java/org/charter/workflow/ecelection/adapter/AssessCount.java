package org.charter.workflow.ecelection.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Follows the count the election service published: a runoff when it named finalists (the
 * two-round option, no majority), else certification, due within the certification period.
 */
@Component("assessCount")
class AssessCount implements JavaDelegate {

    private final Clock clock;

    AssessCount(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        v.countFlags(Boolean.TRUE.equals(execution.getVariable("runoffDue")), clock.instant().plus(v.certificationPeriod()));
    }
}
