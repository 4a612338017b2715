package org.charter.workflow.task.adapter;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the task listener {@value #LISTENER} (the bean {@link TaskAssignments}) for {@code create}
 * and {@code assignment} to every user task of every model the engine parses, so no model names
 * it. Every engine has it: the application's (a bean) and the process tests' (camunda.cfg.xml).
 */
public class TaskAssignmentPlugin extends AbstractProcessEnginePlugin {

    public static final String LISTENER = "taskAssignments";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                var listener = new DelegateExpressionTaskListener(
                        Context.getProcessEngineConfiguration().getExpressionManager().createExpression("${" + LISTENER + "}"),
                        new ArrayList<>());
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
            }
        });
    }
}
