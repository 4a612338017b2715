package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stage while it is being counted; becomes an immutable {@link Stage} at the end of the count. */
final class StageDraft {

    final int number;
    final StageKind kind;
    final List<Integer> from = new ArrayList<>();
    final List<Integer> elected = new ArrayList<>();
    final List<Integer> excluded = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final BigDecimal[] transfers;
    BigDecimal surplus;
    BigDecimal threshold;
    BigDecimal nonTransferable;
    BigDecimal[] tallies;
    BigDecimal exhausted;
    BigDecimal roundingLoss;

    StageDraft(int number, StageKind kind, int candidates, BigDecimal zero) {
        this.number = number;
        this.kind = kind;
        this.transfers = new BigDecimal[candidates];
        this.nonTransferable = zero;
    }

    void received(int candidate, BigDecimal votes) {
        transfers[candidate] = transfers[candidate] == null ? votes : transfers[candidate].add(votes);
    }

    Stage toStage(Contest contest, boolean[] standing) {
        List<Candidate> cs = contest.candidates();
        Map<String, BigDecimal> tallyByName = new LinkedHashMap<>();
        Map<String, BigDecimal> transferByName = new LinkedHashMap<>();
        for (int c = 0; c < cs.size(); c++) {
            if (standing[c]) {
                tallyByName.put(cs.get(c).name(), tallies[c]);
                if (transfers[c] != null) {
                    transferByName.put(cs.get(c).name(), transfers[c]);
                }
            }
        }
        return new Stage(number, kind, names(cs, from), surplus, threshold, transferByName, nonTransferable, tallyByName,
                names(cs, elected), names(cs, excluded), exhausted, roundingLoss, notes);
    }

    private static List<String> names(List<Candidate> cs, List<Integer> indexes) {
        return indexes.stream().map(i -> cs.get(i).name()).toList();
    }
}
