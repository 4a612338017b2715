package org.charter.voting.ranked;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test data builder: {@code aContest().candidates("A", "B").seats(1).ballots(3, "A", "B").build()}. */
final class Contests {

    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<String> withdrawn = new HashSet<>();
    private final List<Ballot> ballots = new ArrayList<>();
    private int seats = 1;
    private String id = "test-contest";

    static Contests aContest() {
        return new Contests();
    }

    Contests id(String id) {
        this.id = id;
        return this;
    }

    /** Candidates named by their ids. */
    Contests candidates(String... names) {
        for (String name : names) {
            candidates.add(Candidate.of(name, name));
        }
        return this;
    }

    Contests candidate(String name, String member) {
        candidates.add(new Candidate(name, name, member));
        return this;
    }

    Contests seats(int seats) {
        this.seats = seats;
        return this;
    }

    Contests withdrawn(String name) {
        withdrawn.add(name);
        return this;
    }

    /** {@code papers} identical papers ranking the named candidates in this order. */
    Contests ballots(int papers, String... ranking) {
        int[] r = new int[ranking.length];
        for (int i = 0; i < ranking.length; i++) {
            r[i] = indexOf(ranking[i]);
        }
        ballots.add(new Ballot(papers, r));
        return this;
    }

    private int indexOf(String name) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no candidate " + name);
    }

    Contest build() {
        return new Contest(id, id, seats, candidates, withdrawn, ballots);
    }
}
