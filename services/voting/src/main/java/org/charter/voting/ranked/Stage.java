package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stage of a count, as a person reads it on a result sheet.
 *
 * @param from            candidates whose papers moved in this stage (empty at stage 1)
 * @param surplus         the surplus transferred ({@link StageKind#SURPLUS} only), else {@code null}
 * @param threshold       IRV only: the votes needed for a majority of the continuing ballots at the end
 *                        of this stage, else {@code null}
 * @param transfers       candidate name → votes received in this stage
 * @param nonTransferable value of the papers that found no continuing candidate in this stage
 * @param tallies         candidate name → votes at the end of the stage (withdrawn candidates omitted)
 * @param elected         candidates elected at the end of this stage, in order of election
 * @param excluded        candidates excluded in this stage (their papers are the ones transferred)
 * @param exhausted       total value of exhausted (non-transferable) papers so far
 * @param roundingLoss    total value lost so far by truncating transfer values to five decimals
 * @param notes           tie-breaks and special rules applied, in words
 */
public record Stage(int number, StageKind kind, List<String> from, BigDecimal surplus, BigDecimal threshold,
                    Map<String, BigDecimal> transfers, BigDecimal nonTransferable, Map<String, BigDecimal> tallies,
                    List<String> elected, List<String> excluded, BigDecimal exhausted, BigDecimal roundingLoss,
                    List<String> notes) {

    public Stage {
        from = List.copyOf(from);
        transfers = Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
        tallies = Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
        elected = List.copyOf(elected);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
    }
}
