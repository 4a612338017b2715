package org.charter.voting.consensus;

import java.util.List;

/** The sequence of consensus rounds on one proposal (DOMAIN.md §4.3–4.4). */
public final class ConsensusProcess {

    /** At most this many rounds; when the last fails, a formal vote follows. */
    public static final int ROUND_LIMIT = 3;

    private ConsensusProcess() {
    }

    /**
     * The step after the rounds closed so far. Lapsing is checked before the formal-vote fallback:
     * a third round without quorum right after a second without quorum lapses (docs/voting.md).
     *
     * @param outcomes the outcomes of rounds 1..k in order, k ≥ 1
     */
    public static ProcessStep next(List<RoundOutcome> outcomes) {
        int round = outcomes.size();
        if (round == 0) {
            throw new IllegalArgumentException("no round has closed yet");
        }
        if (round > ROUND_LIMIT) {
            throw new IllegalArgumentException("at most " + ROUND_LIMIT + " rounds are held, got " + round);
        }
        for (int i = 0; i < round - 1; i++) {
            if (outcomes.get(i) == RoundOutcome.CONSENSUS) {
                throw new IllegalArgumentException("round " + (i + 1) + " already reached consensus");
            }
            if (outcomes.get(i) == RoundOutcome.NO_QUORUM && outcomes.get(i + 1) == RoundOutcome.NO_QUORUM && i + 1 < round - 1) {
                throw new IllegalArgumentException("the proposal lapsed after round " + (i + 2));
            }
        }
        RoundOutcome last = outcomes.get(round - 1);
        if (last == RoundOutcome.CONSENSUS) {
            return new ProcessStep.Adopted(round);
        }
        if (last == RoundOutcome.NO_QUORUM && round >= 2 && outcomes.get(round - 2) == RoundOutcome.NO_QUORUM) {
            return new ProcessStep.Lapsed(round);
        }
        if (round < ROUND_LIMIT) {
            return new ProcessStep.NextRound(round + 1);
        }
        return new ProcessStep.FormalVote(round);
    }
}
