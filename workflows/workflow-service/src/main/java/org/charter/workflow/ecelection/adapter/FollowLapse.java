package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.ecelection.ContestOutcome;
import org.springframework.stereotype.Component;

/**
 * Follows the election service's {@code CertificationLapsed} (its event brought {@code lapsedAt}
 * and, if a certification was refused, {@code lapsedAfterRefusal}): the contest was not certified
 * within its certification period and elects no one; the service decided it, not the secretary.
 */
@Component("followLapse")
class FollowLapse implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        String refusal = v.text("lapsedAfterRefusal");
        String note = "certification lapsed at " + v.text("lapsedAt") + (refusal == null ? "" : " after " + refusal);
        v.decided(ContestOutcome.NOT_CERTIFIED, 0, "election-service", note);
    }
}
