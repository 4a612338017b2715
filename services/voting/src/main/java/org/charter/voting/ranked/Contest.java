package org.charter.voting.ranked;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A ranked contest ready to count.
 *
 * @param id         contest id, used by the seeded lot (DOMAIN.md §5.5)
 * @param seats      seats to fill
 * @param candidates everyone on the slate, withdrawn ones included
 * @param withdrawn  ids of candidates withdrawn after opening; struck from every ballot before stage 1
 * @param ballots    the anonymised ballots; empty rankings are abstentions
 */
public record Contest(String id, String title, int seats, List<Candidate> candidates, Set<String> withdrawn,
                      List<Ballot> ballots) {

    public Contest {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        candidates = List.copyOf(candidates);
        withdrawn = Set.copyOf(withdrawn);
        ballots = List.copyOf(ballots);
        if (seats < 1) {
            throw new IllegalArgumentException("a contest fills at least one seat, got " + seats);
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Candidate c : candidates) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("candidate id " + c.id() + " appears twice");
            }
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("candidate name " + c.name() + " appears twice");
            }
        }
        for (String w : withdrawn) {
            if (!ids.contains(w)) {
                throw new IllegalArgumentException("withdrawn candidate " + w + " is not on the slate");
            }
        }
        for (Ballot b : ballots) {
            for (int c : b.rankingView()) {
                if (c >= candidates.size()) {
                    throw new IllegalArgumentException("ballot " + b + " ranks candidate " + (c + 1) + " but there are only "
                            + candidates.size());
                }
            }
        }
    }

    public int candidateIndex(String candidateId) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).id().equals(candidateId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no candidate " + candidateId);
    }

    boolean isWithdrawn(int index) {
        return withdrawn.contains(candidates.get(index).id());
    }

    /** The name of the candidate at this index, as reports show it. */
    String nameOf(int index) {
        return candidates.get(index).name();
    }

    /** The indexes whose flag is set, in ballot-paper order (e.g. the continuing candidates). */
    static List<Integer> indexesOf(boolean[] flags) {
        List<Integer> set = new java.util.ArrayList<>();
        for (int c = 0; c < flags.length; c++) {
            if (flags[c]) {
                set.add(c);
            }
        }
        return set;
    }
}
