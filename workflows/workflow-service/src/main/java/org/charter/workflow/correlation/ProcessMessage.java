package org.charter.workflow.correlation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charter.platform.event.DomainEvent;
import org.charter.workflow.budget.BudgetFacts.BoardVoteDeadlineSet;
import org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted;
import org.charter.workflow.committee.CommitteeFacts.FormalVoteCounted;
import org.charter.workflow.committee.CommitteeFacts.MotionWithdrawn;

/**
 * A service's fact as the BPMN message a process waits for: its name, the key it is for (the
 * value of the process variable {@code keyVariable}: the {@code motion} a policy or budget
 * approval waits on, the {@code contest} an election's contest waits on), optionally a second
 * variable it must match (the poll a result is about: a stale or duplicated event for an earlier
 * poll matches nothing) and the variables it brings.
 *
 * @param matchVariable null when any waiting instance of the key takes it (a withdrawal)
 */
public record ProcessMessage(String name, String keyVariable, String businessKey, String matchVariable, String matchValue,
                             Map<String, Object> variables) {

    /** The variable naming the fiscal year a budget approval's proposal is for (the budget service's facts about the year). */
    public static final String FISCAL_YEAR = "fiscalYear";

    /** The variable naming the motion a process waits on for the committee's facts. */
    public static final String MOTION = "motion";
    static final String POLL = "pollId";

    public ProcessMessage {
        variables = Map.copyOf(variables);
    }

    /**
     * A poll's result: only the process that opened the poll keeps its id, so one process at most
     * waits for it, and when a process whose business key is the key (a policy approval's motion)
     * took it, no other can be waiting for it.
     */
    public boolean forOneProcess() {
        return POLL.equals(matchVariable);
    }

    /** The message a service's fact is, if a process waits for that kind of fact. */
    public static Optional<ProcessMessage> of(DomainEvent fact) {
        return ofCommittee(fact).or(() -> ElectionMessages.of(fact)).or(() -> ofBudget(fact));
    }

    /**
     * The year went continuing (DOMAIN.md §6.5): for every approval of a budget for that year
     * ({@code motionKind} BUDGET_ADOPTION; a fee schedule or an amendment is not the new vote §6.5
     * asks for). Instants travel as ISO-8601 texts; the process's delegate makes them dates.
     */
    private static Optional<ProcessMessage> ofBudget(DomainEvent fact) {
        if (fact instanceof BoardVoteDeadlineSet set) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("voteOpensBy", set.voteOpensBy().toString());
            variables.put("yearContinuingSince", set.setAt().toString());
            return Optional.of(new ProcessMessage("BoardVoteDeadlineSet", FISCAL_YEAR, set.fiscalYear(), "motionKind",
                    "BUDGET_ADOPTION", variables));
        }
        return Optional.empty();
    }

    private static Optional<ProcessMessage> ofCommittee(DomainEvent fact) {
        if (fact instanceof ConsensusRoundCounted counted) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("roundOutcome", counted.outcome());
            variables.put("toAnswer", String.join(",", counted.toAnswer()));
            return Optional.of(new ProcessMessage("ConsensusRoundCounted", MOTION, counted.motionId(), POLL, counted.pollId(),
                    variables));
        }
        if (fact instanceof FormalVoteCounted counted) {
            return Optional.of(new ProcessMessage("FormalVoteCounted", MOTION, counted.motionId(), POLL, counted.pollId(),
                    Map.of("voteOutcome", counted.outcome())));
        }
        if (fact instanceof MotionWithdrawn withdrawn) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("outcome", "WITHDRAWN");
            variables.put("decidedBy", withdrawn.withdrawnBy() == null ? "proposer" : withdrawn.withdrawnBy());
            if (withdrawn.reason() != null) {
                variables.put("withdrawalReason", withdrawn.reason());
            }
            return Optional.of(new ProcessMessage("MotionWithdrawn", MOTION, withdrawn.motionId(), null, null, variables));
        }
        return Optional.empty();
    }
}
