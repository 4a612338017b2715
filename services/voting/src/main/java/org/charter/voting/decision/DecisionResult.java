package org.charter.voting.decision;

/**
 * The outcome of a formal vote, explaining itself: which rule decided it and with which counts.
 */
public sealed interface DecisionResult {

    Tally tally();

    Threshold threshold();

    /** A sentence a person can check by hand. */
    String explanation();

    /** Quorum met and the threshold met. */
    record Adopted(Tally tally, Threshold threshold, String explanation) implements DecisionResult {
    }

    /** Quorum met, threshold not met (ties included: there is no casting vote). */
    record Rejected(Tally tally, Threshold threshold, String explanation) implements DecisionResult {
    }

    /** {@code P < Q}: no decision was taken. */
    record NoQuorum(Tally tally, Threshold threshold, String explanation) implements DecisionResult {
    }

    /** Applies DOMAIN.md §3.1–3.3 to final counts. */
    static DecisionResult decide(Tally tally, Threshold threshold) {
        String quorum = "quorum P ≥ Q: " + tally.participating() + (tally.quorumReached() ? " ≥ " : " < ")
                + tally.quorum();
        if (!tally.quorumReached()) {
            return new NoQuorum(tally, threshold, "NO_QUORUM: " + quorum + " (" + tally + ")");
        }
        String because = quorum + "; " + threshold.explain(tally) + " (" + tally + ")";
        return threshold.isMetBy(tally)
                ? new Adopted(tally, threshold, "ADOPTED: " + because)
                : new Rejected(tally, threshold, "REJECTED: " + because);
    }
}
