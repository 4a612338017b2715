package org.charter.committee.votes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a contest counted every accepted ballot exactly once: as many members in the turnout as ballots
 * answered 201, as many ballots published as members in the turnout, and every accepted receipt in the
 * publication once (none missing, none twice).
 */
final class CountedOnce {

    private CountedOnce() {
    }

    /** What breaks the counted-once rule for the contest, each a sentence; empty when it holds. */
    static List<String> problems(String contest, Set<String> accepted, int turnout, Collection<String> published) {
        List<String> problems = new ArrayList<>();
        if (accepted.size() != turnout) {
            problems.add(contest + ": " + accepted.size() + " ballots accepted but " + turnout + " members in the turnout");
        }
        if (turnout != published.size()) {
            problems.add(contest + ": " + turnout + " members in the turnout but " + published.size() + " ballots published");
        }
        Map<String, Integer> times = new HashMap<>();
        published.forEach(r -> times.merge(r, 1, Integer::sum));
        Set<String> missing = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String receipt : accepted) {
            int n = times.getOrDefault(receipt, 0);
            if (n == 0) {
                missing.add(receipt);
            } else if (n > 1) {
                twice.add(receipt);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(contest + ": accepted receipts missing from the publication: " + missing);
        }
        if (!twice.isEmpty()) {
            problems.add(contest + ": accepted receipts published more than once: " + twice);
        }
        return problems;
    }
}
