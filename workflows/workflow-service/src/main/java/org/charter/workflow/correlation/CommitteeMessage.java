package org.charter.workflow.correlation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charter.platform.event.DomainEvent;
import org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted;
import org.charter.workflow.committee.CommitteeFacts.FormalVoteCounted;
import org.charter.workflow.committee.CommitteeFacts.MotionWithdrawn;

/**
 * A committee fact as the BPMN message a process waits for: its name, the motion (the key the
 * waiting process keeps as its variable {@code motion}), the poll it must be about (a stale or
 * duplicated event for an earlier poll matches nothing) and the variables it brings.
 *
 * @param pollId null when any waiting instance of the motion takes it (a withdrawal)
 */
public record CommitteeMessage(String name, String businessKey, String pollId, Map<String, Object> variables) {

    public CommitteeMessage {
        variables = Map.copyOf(variables);
    }

    /** The message a committee fact is, if a process waits for that kind of fact. */
    public static Optional<CommitteeMessage> of(DomainEvent fact) {
        if (fact instanceof ConsensusRoundCounted counted) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("roundOutcome", counted.outcome());
            variables.put("toAnswer", String.join(",", counted.toAnswer()));
            return Optional.of(new CommitteeMessage("ConsensusRoundCounted", counted.motionId(), counted.pollId(), variables));
        }
        if (fact instanceof FormalVoteCounted counted) {
            return Optional.of(new CommitteeMessage("FormalVoteCounted", counted.motionId(), counted.pollId(),
                    Map.of("voteOutcome", counted.outcome())));
        }
        if (fact instanceof MotionWithdrawn withdrawn) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("outcome", "WITHDRAWN");
            variables.put("decidedBy", withdrawn.withdrawnBy() == null ? "proposer" : withdrawn.withdrawnBy());
            if (withdrawn.reason() != null) {
                variables.put("withdrawalReason", withdrawn.reason());
            }
            return Optional.of(new CommitteeMessage("MotionWithdrawn", withdrawn.motionId(), null, variables));
        }
        return Optional.empty();
    }
}
