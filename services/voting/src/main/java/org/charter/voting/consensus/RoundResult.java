package org.charter.voting.consensus;

import java.util.List;
import java.util.Map;

/**
 * A closed round, explaining itself: {@code N} the frozen electorate, {@code Q = ⌊N/2⌋+1},
 * {@code R} members with a position, {@code S} supports (reservations included), {@code B} blocks.
 *
 * @param positions the position that counted for each member (its last before close)
 * @param reservations member → reservation text, kept with a consensus
 * @param blocks member → reason
 */
public record RoundResult(RoundOutcome outcome, int electorate, int quorum, int withPosition, int supporting,
                          int standingAside, int blocking, Map<String, Position> positions,
                          Map<String, String> reservations, Map<String, String> blocks, String explanation) {

    public RoundResult {
        positions = Map.copyOf(positions);
        reservations = Map.copyOf(reservations);
        blocks = Map.copyOf(blocks);
    }

    public boolean failed() {
        return outcome != RoundOutcome.CONSENSUS;
    }

    /** The members whose reservations or blocks a revised version must answer (DOMAIN.md §4.3). */
    public List<String> toAnswer() {
        return positions.entrySet().stream()
                .filter(e -> e.getValue() == Position.BLOCK || e.getValue() == Position.SUPPORT_WITH_RESERVATIONS)
                .map(Map.Entry::getKey).sorted().toList();
    }
}
