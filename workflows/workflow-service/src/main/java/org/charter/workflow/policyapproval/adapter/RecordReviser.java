package org.charter.workflow.policyapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Who handed in the revision: the person completing the task (through Tasklist or the engine's API), else its assignee. */
@Component("recordReviser")
class RecordReviser implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
        task.getExecution().setVariable("revisedBy", by);
    }
}
