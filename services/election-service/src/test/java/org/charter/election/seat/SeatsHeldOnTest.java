package org.charter.election.seat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.charter.election.position.ConfiguredPositions;
import org.charter.election.position.Positions;
import org.charter.election.seat.SeatEvent.SeatReason;
import org.charter.election.seat.SeatEvent.SeatTaken;
import org.junit.jupiter.api.Test;

/** The seats a member will hold on a later date by the committee's events, successions counted (DOMAIN.md §2.2, §5.7). */
class SeatsHeldOnTest {

    private static final Positions POSITIONS = ConfiguredPositions.positions();
    private static final Instant TAKEN = Instant.parse("2027-07-01T07:00:00Z");

    @Test
    void a_chair_elect_holds_a_seat_for_three_terms_chair_elect_chair_past_chair() {
        ExecutiveCommittee committee = ExecutiveCommittee.replay(List.of(taken("CHAIR_ELECT", "CA", LocalDate.of(2028, 6, 30),
                SeatReason.ELECTED)));

        assertThat(committee.seatsHeldOn("CA", LocalDate.of(2028, 6, 30), POSITIONS)).isEqualTo(1);
        assertThat(committee.seatsHeldOn("CA", LocalDate.of(2028, 7, 1), POSITIONS)).as("Chair").isEqualTo(1);
        assertThat(committee.seatsHeldOn("CA", LocalDate.of(2029, 7, 1), POSITIONS)).as("Past Chair").isEqualTo(1);
        assertThat(committee.seatsHeldOn("CA", LocalDate.of(2030, 7, 1), POSITIONS)).isZero();
        assertThat(committee.seatsHeldOn("WA", LocalDate.of(2028, 7, 1), POSITIONS)).isZero();
    }

    @Test
    void an_elected_position_without_successor_and_an_interim_holder_leave_when_their_term_ends() {
        ExecutiveCommittee committee = ExecutiveCommittee.replay(List.of(
                taken("AT_LARGE_K12", "CA", LocalDate.of(2029, 6, 30), SeatReason.ELECTED),
                taken("CHAIR_ELECT", "CA", LocalDate.of(2028, 6, 30), SeatReason.INTERIM)));

        assertThat(committee.seatsHeldOn("CA", LocalDate.of(2028, 6, 30), POSITIONS)).isEqualTo(2);
        assertThat(committee.seatsHeldOn("CA", LocalDate.of(2028, 7, 1), POSITIONS)).as("the interim leaves").isEqualTo(1);
        assertThat(committee.seatsHeldOn("CA", LocalDate.of(2029, 7, 1), POSITIONS)).isZero();
    }

    private static SeatTaken taken(String position, String member, LocalDate termEnd, SeatReason reason) {
        return new SeatTaken(position, 1, member.toLowerCase() + "-k12", member, member, LocalDate.of(2027, 7, 1), termEnd, TAKEN,
                reason, null, null, reason == SeatReason.INTERIM ? "EC-1" : null);
    }
}
