package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Breaks ties as DOMAIN.md §5.5 and the Scottish rules 49 and 51 say: the tied candidates are
 * compared at the most recent earlier stage at which their votes differed; if several are still
 * tied there, the comparison goes on backwards among those; if they were equal at every stage, the
 * seeded lot picks.
 */
final class TieBreak {

    private final Contest contest;
    private final Lot lot;
    private final List<BigDecimal[]> history;

    TieBreak(Contest contest, Lot lot, List<BigDecimal[]> history) {
        this.contest = contest;
        this.lot = lot;
        this.history = history;
    }

    /**
     * Picks one of {@code tied}: the one with the fewest votes ({@code lowest}, for exclusion) or the
     * most (for the order of surpluses and of election).
     */
    int pick(List<Integer> tied, boolean lowest, List<String> notes, String purpose) {
        if (tied.size() == 1) {
            return tied.get(0);
        }
        List<Integer> remaining = new ArrayList<>(tied);
        for (int s = history.size() - 1; s >= 0 && remaining.size() > 1; s--) {
            BigDecimal[] tallies = history.get(s);
            Comparator<Integer> byVotes = Comparator.comparing(c -> tallies[c]);
            Integer best = lowest ? remaining.stream().min(byVotes).orElseThrow() : remaining.stream().max(byVotes).orElseThrow();
            BigDecimal target = tallies[best];
            List<Integer> narrowed = remaining.stream().filter(c -> tallies[c].compareTo(target) == 0).toList();
            if (narrowed.size() < remaining.size()) {
                notes.add(names(remaining) + " tied for " + purpose + "; at stage " + (s + 1) + ", the most recent at which they differed, "
                        + remaining.stream().map(c -> contest.nameOf(c) + " had " + tallies[c].toPlainString()).collect(Collectors.joining(", "))
                        + (narrowed.size() == 1 ? "" : "; still tied: " + names(narrowed)));
                remaining = new ArrayList<>(narrowed);
            }
        }
        if (remaining.size() == 1) {
            return remaining.get(0);
        }
        List<Candidate> candidates = remaining.stream().map(contest.candidates()::get).toList();
        Candidate drawn = lot.draw(contest.id(), candidates);
        notes.add(names(remaining) + " tied for " + purpose + " at every stage; seeded lot (lowest HMAC-SHA-256 ticket): "
                + candidates.stream().map(c -> c.name() + " " + lot.ticket(contest.id(), c.id())).collect(Collectors.joining(", "))
                + " → " + drawn.name());
        return contest.candidates().indexOf(drawn);
    }

    /** Orders {@code candidates} by {@code key} descending, ties broken by {@link #pick}. */
    List<Integer> highestFirst(List<Integer> candidates, BigDecimal[] key, List<String> notes, String purpose) {
        List<Integer> left = new ArrayList<>(candidates);
        List<Integer> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            BigDecimal max = left.stream().map(c -> key[c]).max(Comparator.naturalOrder()).orElseThrow();
            List<Integer> top = left.stream().filter(c -> key[c].compareTo(max) == 0).toList();
            int chosen = pick(top, false, notes, purpose);
            ordered.add(chosen);
            left.remove(Integer.valueOf(chosen));
        }
        return ordered;
    }

    private String names(List<Integer> cs) {
        return cs.stream().map(contest::nameOf).collect(Collectors.joining(", "));
    }
}
