package org.charter.notification.seat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeSeatsTest {

    static final Instant JULY_1 = Instant.parse("2026-07-01T04:00:00Z");
    static final String EC = CommitteeSeats.EXECUTIVE_COMMITTEE;

    @Test
    void a_holder_sits_from_taking_the_seat_until_vacating_it() {
        CommitteeSeats seats = new CommitteeSeats(EC, List.of(term("CHAIR/1", "ada", JULY_1)),
                List.of(new SeatEnd(EC, "CHAIR/1", "ada", JULY_1.plus(Duration.ofDays(30)))));

        assertThat(seats.holdersAt(JULY_1.minusSeconds(1))).isEmpty();
        assertThat(seats.holdersAt(JULY_1)).extracting(SeatTerm::personId).containsExactly("ada");
        assertThat(seats.holdersAt(JULY_1.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void a_vacancy_seen_before_the_seat_was_taken_still_ends_it_and_a_later_term_is_not_ended_by_it() {
        Instant vacated = JULY_1.plus(Duration.ofDays(10));
        CommitteeSeats seats = new CommitteeSeats(EC,
                List.of(term("AT_LARGE_K12/2", "bo", vacated), term("AT_LARGE_K12/2", "bo", JULY_1)),
                List.of(new SeatEnd(EC, "AT_LARGE_K12/2", "bo", vacated)));

        assertThat(seats.holdersAt(vacated.minusSeconds(1))).extracting(SeatTerm::personId).containsExactly("bo");
        assertThat(seats.holdersAt(vacated)).extracting(SeatTerm::personId).containsExactly("bo");
        assertThat(seats.holdersAt(vacated).get(0).from()).isEqualTo(vacated);
    }

    @Test
    void a_succession_vacates_one_seat_and_keeps_the_holder_in_the_other() {
        Instant next = JULY_1.plus(Duration.ofDays(365));
        CommitteeSeats seats = new CommitteeSeats(EC,
                List.of(term("CHAIR_ELECT/1", "cy", JULY_1), term("CHAIR/1", "cy", next)),
                List.of(new SeatEnd(EC, "CHAIR_ELECT/1", "cy", next)));

        assertThat(seats.holdersAt(next)).extracting(SeatTerm::seat).containsExactly("CHAIR/1");
    }

    @Test
    void the_later_holder_of_a_seat_replaces_one_whose_vacancy_was_not_seen() {
        CommitteeSeats seats = new CommitteeSeats(EC, List.of(
                new SeatTerm(EC, "CHAIR/1", "roster-chair", null, "CA", JULY_1.minus(Duration.ofDays(365)), null),
                term("CHAIR/1", "elected-chair", JULY_1), term("PAST_CHAIR/1", "dee", JULY_1)), List.of());

        assertThat(seats.holdersAt(JULY_1)).extracting(SeatTerm::personId).containsExactly("elected-chair", "dee");
    }

    @Test
    void a_participant_sits_for_the_term_and_leaving_ends_every_place_they_had() {
        CommitteeSeats group = new CommitteeSeats("ITEM_WRITING", List.of(
                new SeatTerm("ITEM_WRITING", null, "eve", "Eve", "WA", JULY_1, JULY_1.plus(Duration.ofDays(90))),
                new SeatTerm("ITEM_WRITING", null, "fay", "Fay", "HI", JULY_1, null)),
                List.of(new SeatEnd("ITEM_WRITING", null, "fay", JULY_1.plus(Duration.ofDays(5)))));

        assertThat(group.holdersAt(JULY_1)).extracting(SeatTerm::personId).containsExactly("eve", "fay");
        assertThat(group.holdersAt(JULY_1.plus(Duration.ofDays(5)))).extracting(SeatTerm::personId).containsExactly("eve");
        assertThat(group.holdersAt(JULY_1.plus(Duration.ofDays(90)))).isEmpty();
    }

    private static SeatTerm term(String seat, String person, Instant from) {
        return new SeatTerm(EC, seat, person, person.toUpperCase(), person.toUpperCase() + "M", from, null);
    }
}
