package org.charter.web.ballot;

import java.util.ArrayList;
import java.util.List;

/**
 * A delegate's ranking of a contest's candidates while it is being made: the order of every
 * candidate on the ballot and which of them are ranked (a ballot may rank only some, DOMAIN §5.3).
 * Reordered one step at a time by the up and down buttons, so a keyboard alone can make any order.
 */
public record Ranking(List<String> order) {

    public Ranking {
        order = List.copyOf(order);
    }

    /**
     * The order after moving {@code candidate} one place {@code up} (towards first) or down; a
     * move past either end, or of a candidate not on the ballot, leaves the order as it is.
     */
    public Ranking move(String candidate, boolean up) {
        int at = order.indexOf(candidate);
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= order.size()) {
            return this;
        }
        List<String> moved = new ArrayList<>(order);
        moved.set(at, order.get(to));
        moved.set(to, candidate);
        return new Ranking(moved);
    }

    /** The ballot to cast: the candidates ranked, in this order (an empty ballot is an abstention). */
    public List<String> ballot(List<String> ranked) {
        return order.stream().filter(ranked::contains).toList();
    }

    /**
     * The order the form sent, kept to the contest's candidates: an id not on the ballot is
     * dropped, a candidate the form left out is added at the end, a repeated one counted once.
     */
    public static Ranking of(List<String> sent, List<String> candidates) {
        List<String> order = new ArrayList<>();
        for (String id : sent == null ? List.<String>of() : sent) {
            if (candidates.contains(id) && !order.contains(id)) {
                order.add(id);
            }
        }
        candidates.stream().filter(id -> !order.contains(id)).forEach(order::add);
        return new Ranking(order);
    }
}
