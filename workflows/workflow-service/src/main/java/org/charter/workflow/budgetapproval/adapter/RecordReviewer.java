package org.charter.workflow.budgetapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Who recorded the Executive Committee's review: the person completing the task (Tasklist or the engine's API), else its assignee. */
@Component("recordReviewer")
class RecordReviewer implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
        task.getExecution().setVariable("reviewedBy", by);
    }
}
