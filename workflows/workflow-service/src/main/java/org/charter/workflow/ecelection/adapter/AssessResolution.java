package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.ecelection.ContestOutcome;
import org.charter.workflow.ecelection.RefusedCertification;
import org.charter.workflow.ecelection.SecretaryResolution;
import org.springframework.stereotype.Component;

/** What the secretary decided on the refused certification: certify again, leave it uncertified, or back to the task. */
@Component("assessResolution")
class AssessResolution implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        String by = v.completedBy();
        var decision = RefusedCertification.decide(v.text("resolution"), v.text("resolutionNote"));
        if (decision instanceof SecretaryResolution.Decision.Retry) {
            v.resolutionFlags(true, false, null);
        } else if (decision instanceof SecretaryResolution.Decision.GiveUp left) {
            v.resolutionFlags(false, true, null);
            v.decided(ContestOutcome.NOT_CERTIFIED, 0, by, left.note());
        } else if (decision instanceof SecretaryResolution.Decision.Refused refused) {
            v.resolutionFlags(false, false, refused.problem());
        }
    }
}
