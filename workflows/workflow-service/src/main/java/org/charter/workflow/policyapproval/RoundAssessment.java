package org.charter.workflow.policyapproval;

import java.util.ArrayList;
import java.util.List;
import org.charter.voting.consensus.ConsensusProcess;
import org.charter.voting.consensus.ProcessStep;
import org.charter.voting.consensus.RoundOutcome;

/**
 * What follows a counted consensus round: the {@code voting} library's {@link ConsensusProcess}
 * decides (the committee service asks the same library, so both agree), this turns its step into
 * the one flag the process's gateway tests.
 *
 * @param outcomes every round's outcome so far, the one just counted last
 */
public record RoundAssessment(List<RoundOutcome> outcomes, boolean adopted, boolean lapsed, boolean formalVoteNext,
                              boolean anotherRound) {

    public RoundAssessment {
        outcomes = List.copyOf(outcomes);
    }

    public static RoundAssessment after(List<RoundOutcome> earlier, RoundOutcome counted) {
        List<RoundOutcome> outcomes = new ArrayList<>(earlier);
        outcomes.add(counted);
        ProcessStep next = ConsensusProcess.next(outcomes);
        return new RoundAssessment(outcomes, next instanceof ProcessStep.Adopted, next instanceof ProcessStep.Lapsed,
                next instanceof ProcessStep.FormalVote, next instanceof ProcessStep.NextRound);
    }

    /** The procedure's end, when this round ended it. */
    public Outcome outcome() {
        return adopted ? Outcome.ADOPTED : lapsed ? Outcome.LAPSED : null;
    }

    public String nextStep() {
        return adopted ? "ADOPTED" : lapsed ? "LAPSED" : formalVoteNext ? "FORMAL_VOTE" : "NEXT_ROUND";
    }
}
