package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.List;

/**
 * The full, reproducible record of a ranked count.
 *
 * @param quota        STV: the Droop quota {@code ⌊V/(S+1)⌋+1}; IRV: a majority of the first-stage
 *                     ballots {@code ⌊V/2⌋+1} (later stages need a majority of the continuing ones)
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
}
