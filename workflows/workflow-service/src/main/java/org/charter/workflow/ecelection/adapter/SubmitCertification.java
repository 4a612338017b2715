package org.charter.workflow.ecelection.adapter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.charter.workflow.call.CommandKey;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.ecelection.ContestOutcome;
import org.charter.workflow.election.Election;
import org.springframework.stereotype.Component;

/**
 * Certifies the counted contest on the election service for the secretary who completed the task
 * (key: instance, activity, attempt; the secretary travels as the initiator). A certification the
 * service refuses ({@code NO_QUORUM}, {@code RETALLY_MISMATCH}, or any other kept refusal) goes to
 * the secretary's task to resolve, with its code and reason; one certified already is certified.
 */
@Component("submitCertification")
class SubmitCertification implements JavaDelegate {

    private final Election election;

    SubmitCertification(Election election) {
        this.election = election;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ContestVariables.of(execution);
        String by = v.completedBy();
        var source = new CommandSource(CommandKey.of(execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                v.certificationAttempt()), v.correlationId(), by);
        try {
            election.certify(v.contest(), source);
        } catch (ServiceRefusal refusal) {
            if (!"ALREADY_CERTIFIED".equals(refusal.code())) {
                v.certificationTried(false, refusal.code(), refusal.getMessage());
                return;
            }
        }
        v.certificationTried(true, null, null);
        v.decided(ContestOutcome.CERTIFIED, v.elected(), by, null);
    }
}
