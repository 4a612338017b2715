package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.ecelection.RefusedSlate;
import org.charter.workflow.ecelection.SecretaryResolution;
import org.springframework.stereotype.Component;

/** What the secretary decided on the refused slate: slate it again, end the contest's process, or back to the task. */
@Component("assessSlateResolution")
class AssessSlateResolution implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        String by = v.completedBy();
        var decision = RefusedSlate.decide(v.text("slateResolution"), v.text("slateResolutionNote"));
        if (decision instanceof SecretaryResolution.Decision.Retry) {
            v.slateResolutionFlags(true, false, null);
        } else if (decision instanceof SecretaryResolution.Decision.GiveUp ended) {
            v.slateResolutionFlags(false, true, null);
            v.contestEnded(by, ended.note());
        } else if (decision instanceof SecretaryResolution.Decision.Refused refused) {
            v.slateResolutionFlags(false, false, refused.problem());
        }
    }
}
