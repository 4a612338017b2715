package org.charter.workflow.policyapproval.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charter.platform.event.CommandContext;
import org.charter.workflow.committee.Committee.CommandSource;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.policyapproval.CommandKey;

/** What a delegate's commands and milestones carry: the key of this activity's loop, the conversation, the initiator. */
final class ProcessContexts {

    private ProcessContexts() {
    }

    static CommandSource source(DelegateExecution execution, int loop) {
        PolicyApprovalVariables v = PolicyApprovalVariables.of(execution);
        return new CommandSource(CommandKey.of(execution.getProcessInstanceId(), execution.getCurrentActivityId(), loop),
                v.correlationId(), v.initiator());
    }

    /** The engine acted (a timer, a job, a message): the workflow is the actor, in the process's conversation. */
    static CommandContext engine(DelegateExecution execution) {
        return new CommandContext(RecordingMilestones.WORKFLOW, PolicyApprovalVariables.of(execution).correlationId(), null);
    }
}
