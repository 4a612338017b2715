package org.charter.workflow.process.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.call.CommandKey;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.milestone.RecordingMilestones;

/**
 * What a delegate's commands and milestones carry, for every process: the key of this activity's
 * loop, the conversation ({@value #CORRELATION_ID}) and the initiator ({@value #INITIATOR}), the
 * two variables every process starts with.
 */
public final class ProcessContexts {

    public static final String INITIATOR = "initiator";
    public static final String CORRELATION_ID = "correlationId";

    private ProcessContexts() {
    }

    public static CommandSource source(DelegateExecution execution, int loop) {
        return new CommandSource(CommandKey.of(execution.getProcessInstanceId(), execution.getCurrentActivityId(), loop),
                correlationId(execution), initiator(execution));
    }

    /** The engine acted (a timer, a job, a message): the workflow is the actor, in the process's conversation. */
    public static CommandContext engine(DelegateExecution execution) {
        return new CommandContext(RecordingMilestones.WORKFLOW, correlationId(execution), null);
    }

    public static String initiator(VariableScope scope) {
        Object initiator = scope.getVariable(INITIATOR);
        return initiator == null ? "unknown" : initiator.toString();
    }

    private static String correlationId(DelegateExecution execution) {
        return (String) execution.getVariable(CORRELATION_ID);
    }
}
