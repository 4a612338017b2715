package org.charter.committee.poll;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.charter.voting.consensus.RoundOutcome;
import org.charter.voting.decision.Threshold;

/**
 * A counted poll, explaining itself: the outcome, the rule that decided it, the counts it rests
 * on and each member's public answer (the roll call, published at close, §3.4). Computed by the
 * {@code voting} library ({@link Tallying}); recorded as it was computed, so an auditor re-tallies
 * from the same votes and compares.
 */
public sealed interface PollResult {

    String outcomeName();

    String rule();

    String explanation();

    Map<String, Instant> rightsLost();

    /** A formal vote's result (§3): ADOPTED, REJECTED or NO_QUORUM. */
    record Vote(VoteOutcome outcome, Threshold threshold, String rule, String explanation, VoteCounts counts,
                List<RollCallVote> rollCall, Map<String, Instant> rightsLost) implements PollResult {
        public Vote {
            rollCall = List.copyOf(rollCall);
            rightsLost = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rightsLost));
        }

        @Override
        public String outcomeName() {
            return outcome.name();
        }
    }

    /** A consensus round's result (§4.2). */
    record Round(RoundOutcome outcome, String rule, String explanation, RoundCounts counts,
                 List<RollCallPosition> positions, List<String> toAnswer, Map<String, Instant> rightsLost)
            implements PollResult {
        public Round {
            positions = List.copyOf(positions);
            toAnswer = List.copyOf(toAnswer);
            rightsLost = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rightsLost));
        }

        @Override
        public String outcomeName() {
            return outcome.name();
        }
    }

    enum VoteOutcome {
        ADOPTED,
        REJECTED,
        NO_QUORUM
    }

    /** {@code N}, {@code Q}, {@code Y}, {@code No}, {@code A}, {@code C = Y + No}, {@code P = Y + No + A}. */
    record VoteCounts(int electorate, int quorum, int yes, int no, int abstain, int cast, int participating) {
    }

    /** {@code N}, {@code Q}, {@code R} members with a position, {@code S} supports, stand-asides, {@code B} blocks. */
    record RoundCounts(int electorate, int quorum, int withPosition, int supporting, int standingAside, int blocking) {
    }

    /** A member's vote that counted. */
    record RollCallVote(String member, Answer choice, Instant castAt, String castBy) {
    }

    /** A member's position that counted (its last before close) and every position it took. */
    record RollCallPosition(String member, Answer position, String reason, Instant takenAt, String takenBy,
                            int positionsTaken) {
    }
}
