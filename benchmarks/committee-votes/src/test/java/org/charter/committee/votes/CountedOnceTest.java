package org.charter.committee.votes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountedOnceTest {

    private static final Set<String> ACCEPTED = Set.of("r1", "r2", "r3");

    @Test
    void every_accepted_ballot_in_the_turnout_and_published_once_holds() {
        assertThat(CountedOnce.problems("C", ACCEPTED, 3, List.of("r3", "r1", "r2"))).isEmpty();
    }

    @Test
    void a_turnout_that_differs_from_the_accepted_ballots_is_a_problem() {
        assertThat(CountedOnce.problems("C", ACCEPTED, 4, List.of("r1", "r2", "r3", "r4")))
                .containsExactly("C: 3 ballots accepted but 4 members in the turnout");
    }

    @Test
    void a_publication_that_differs_from_the_turnout_is_a_problem() {
        assertThat(CountedOnce.problems("C", Set.of("r1", "r2"), 2, List.of("r1", "r2", "x")))
                .containsExactly("C: 2 members in the turnout but 3 ballots published");
    }

    @Test
    void a_missing_receipt_is_a_problem_even_when_the_numbers_agree() {
        assertThat(CountedOnce.problems("C", ACCEPTED, 3, List.of("r1", "r2", "other")))
                .containsExactly("C: accepted receipts missing from the publication: [r3]");
    }

    @Test
    void a_receipt_published_twice_is_a_problem() {
        assertThat(CountedOnce.problems("C", ACCEPTED, 3, List.of("r1", "r2", "r2", "r3"))).containsExactly(
                "C: 3 members in the turnout but 4 ballots published",
                "C: accepted receipts published more than once: [r2]");
    }
}
