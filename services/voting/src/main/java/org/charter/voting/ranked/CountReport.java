package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.List;

/**
 * The full, reproducible record of a ranked count.
 *
 * @param quota        STV: the Droop quota {@code ⌊V/(S+1)⌋+1}; IRV: a majority of the first-stage
 *                     ballots {@code ⌊V/2⌋+1} (later stages need a majority of the continuing ones);
 *                     two-round: the same majority, of the first ballot
 * @param validBallots {@code V}: papers with at least one preference for a candidate not withdrawn
 * @param setAside     papers that were empty, or ranked only withdrawn candidates (abstentions)
 * @param elected      names in order of election
 * @param unfilled     seats left vacant (only when there are too few eligible candidates)
 */
public record CountReport(String contestId, String title, CountMethod method, int seats, BigDecimal quota,
                          long validBallots, long setAside, List<String> candidates, List<String> withdrawn,
                          List<String> elected, int unfilled, List<Stage> stages) {

    public CountReport {
        candidates = List.copyOf(candidates);
        withdrawn = List.copyOf(withdrawn);
        elected = List.copyOf(elected);
        stages = List.copyOf(stages);
    }

    /**
     * Two-round contests without a first-ballot majority: the two candidates of the runoff ballot,
     * in order of first preferences; otherwise empty.
     */
    public List<String> runoff() {
        if (stages.isEmpty() || stages.get(stages.size() - 1).kind() != StageKind.RUNOFF_SELECTION) {
            return List.of();
        }
        Stage cut = stages.get(stages.size() - 1);
        return cut.tallies().entrySet().stream()
                .filter(t -> !cut.excluded().contains(t.getKey()))
                .sorted(java.util.Map.Entry.<String, java.math.BigDecimal>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).toList();
    }
}
