package org.charter.election.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.delegateOf;
import static org.charter.election.election.ElectionFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.charter.election.seat.ExecutiveCommittee;
import org.charter.election.seat.SeatEvent;
import org.charter.election.seat.SeatEvent.SeatReason;
import org.charter.election.seat.SeatEvent.SeatTaken;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * {@code maxSeatsPerMember} at nomination (DOMAIN.md §2.2, §5.2) counts the seats the committee's
 * own events give the nominee's member at the election's term start (FY2028's: 2027-07-01),
 * successions included; what the caller said at the call does not count.
 */
class SeatsAtTermStartTest {

    private static final LocalDate TERM_2026 = LocalDate.of(2026, 7, 1);
    private static final LocalDate END_2027 = LocalDate.of(2027, 6, 30);

    private final ElectionFixture f = new ElectionFixture();

    @Test
    void a_chair_elect_whose_term_ends_before_the_term_start_still_holds_a_seat_then_as_chair() {
        seated(new SeatTaken("CHAIR_ELECT", 1, "or-k12", "OR K12", "OR", TERM_2026, END_2027, Instant.parse("2026-07-01T07:00:00Z"),
                SeatReason.ELECTED, "EC-FY2027", "EC-FY2027.CHAIR_ELECT", null));
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));

        RuleViolation refusal = refused(RuleViolation.class, "MAX_SEATS_PER_MEMBER",
                () -> f.nominating.nominate(id, "AT_LARGE_K12", "or-alt", null, delegateOf("CA")));

        assertThat(refusal.getMessage()).contains("member OR will hold 1 Executive Committee seat(s)",
                "successions counted", "maxSeatsPerMember = 1", "nominate a person of another member");
        assertThat(f.election(id).nominations()).isEmpty();
    }

    @Test
    void a_continuing_two_year_term_counts_and_one_that_ends_does_not() {
        seated(new SeatTaken("AT_LARGE_K12", 1, "wa-k12", "WA K12", "WA", TERM_2026, LocalDate.of(2028, 6, 30),
                        Instant.parse("2026-07-01T07:00:00Z"), SeatReason.ELECTED, "EC-FY2027", "EC-FY2027.AT_LARGE_K12", null),
                new SeatTaken("AT_LARGE_K12", 2, "nv-k12", "NV K12", "NV", LocalDate.of(2025, 7, 1), END_2027,
                        Instant.parse("2025-07-01T07:00:00Z"), SeatReason.ELECTED, "EC-FY2026", "EC-FY2026.AT_LARGE_K12", null));
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));

        refused(RuleViolation.class, "MAX_SEATS_PER_MEMBER",
                () -> f.nominating.nominate(id, "CHAIR_ELECT", "wa-del", null, delegateOf("CA")));
        f.nominating.nominate(id, "CHAIR_ELECT", "nv-k12", null, delegateOf("CA"));

        assertThat(f.election(id).nominations()).extracting(Election.Nomination::nominee).containsExactly("nv-k12");
    }

    @Test
    void a_past_chair_and_an_interim_holder_leave_at_their_terms_end_and_free_their_members() {
        seated(new SeatTaken("PAST_CHAIR", 1, "id-k12", "ID K12", "ID", TERM_2026, END_2027, Instant.parse("2026-07-01T07:00:00Z"),
                        SeatReason.SUCCEEDED, null, null, null),
                new SeatTaken("CHAIR_ELECT", 1, "or-k12", "OR K12", "OR", LocalDate.of(2027, 3, 1), END_2027,
                        Instant.parse("2027-03-01T08:00:00Z"), SeatReason.INTERIM, null, null, "EC-12"));
        ElectionId id = f.callDefault();
        f.at(T.minus(Duration.ofDays(40)));

        f.nominating.nominate(id, "CHAIR_ELECT", "id-del", null, delegateOf("CA"));
        f.nominating.nominate(id, "AT_LARGE_K12", "or-alt", null, delegateOf("CA"));

        assertThat(f.election(id).nominations()).extracting(Election.Nomination::nominee).containsExactly("id-del", "or-alt");
    }

    private void seated(SeatEvent... events) {
        f.committees.appendOnce(ExecutiveCommittee.ID, ExecutiveCommittee.empty(), List.of(events), secretary()).orElseThrow();
    }
}
