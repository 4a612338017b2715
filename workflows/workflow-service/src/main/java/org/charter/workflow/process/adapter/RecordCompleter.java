package org.charter.workflow.process.adapter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Who completed a user task, as {@value #COMPLETED_BY}: the person signed in to Tasklist or the
 * engine's API, else the task's assignee. The delegate after the task acts for that person.
 */
@Component("recordCompleter")
public class RecordCompleter implements TaskListener {

    public static final String COMPLETED_BY = "completedBy";

    @Override
    public void notify(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = authentication != null && authentication.getUserId() != null ? authentication.getUserId() : task.getAssignee();
        task.getExecution().setVariable(COMPLETED_BY, by);
    }
}
