package org.charter.election.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charter.election.election.CallingElections;
import org.charter.election.election.Election.Elected;
import org.charter.election.election.Election.EmptySeats;
import org.charter.election.position.ConfiguredPositions;
import org.charter.election.position.Positions;
import org.charter.election.seat.ExecutiveCommittee.Holder;
import org.charter.election.seat.ExecutiveCommittee.SeatKey;
import org.charter.election.seat.ExecutiveCommittee.SeatView;
import org.charter.election.seat.ExecutiveCommittee.Vacancy;
import org.charter.election.seat.SeatEvent.ElectedNotSeated;
import org.charter.election.seat.SeatEvent.EmptyReason;
import org.charter.election.seat.SeatEvent.SeatLeftEmpty;
import org.charter.election.seat.SeatEvent.SeatReason;
import org.charter.election.seat.SeatEvent.SeatTaken;
import org.charter.election.seat.SeatEvent.SeatVacated;
import org.charter.election.seat.SeatEvent.VacatedReason;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** Seating, succession, vacancies, step-ups and interim seats of DOMAIN.md §5.6-5.7, decided by the committee itself. */
class ExecutiveCommitteeTest {

    private static final Positions POSITIONS = ConfiguredPositions.positions();
    private static final LocalDate JULY_1_2027 = LocalDate.of(2027, 7, 1);
    private static final LocalDate JULY_1_2028 = LocalDate.of(2028, 7, 1);

    private final List<SeatEvent> history = new ArrayList<>();

    // ------------------------------------------------------------------ term start

    @Test
    void the_years_elected_are_seated_on_july_1_for_their_positions_terms() {
        List<SeatEvent> events = committee().startTerm(JULY_1_2027, List.of(
                elected("CHAIR_ELECT", "ca-k12", "CA", true), elected("AT_LARGE_K12", "wa-alt", "WA", false),
                elected("HIGHER_EDUCATION", "or-he", "OR", true)), POSITIONS, at(JULY_1_2027), now());

        assertThat(events).hasSize(3).allMatch(SeatTaken.class::isInstance);
        SeatTaken chairElect = (SeatTaken) events.get(0);
        assertThat(chairElect.position()).isEqualTo("CHAIR_ELECT");
        assertThat(chairElect.seat()).isEqualTo(1);
        assertThat(chairElect.reason()).isEqualTo(SeatReason.ELECTED);
        assertThat(chairElect.termStart()).isEqualTo(JULY_1_2027);
        assertThat(chairElect.termEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(chairElect.contestId()).isEqualTo("EC-FY2028.CHAIR_ELECT");
        SeatTaken atLarge = (SeatTaken) events.get(1);
        assertThat(atLarge.reason()).isEqualTo(SeatReason.ACCLAIMED);
        assertThat(atLarge.termEnd()).as("two-year term").isEqualTo(LocalDate.of(2029, 6, 30));
    }

    @Test
    void taking_a_term_start_again_changes_nothing() {
        List<Elected> elected = List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true));
        record(committee().startTerm(JULY_1_2027, elected, POSITIONS, at(JULY_1_2027), now()));

        assertThat(committee().startTerm(JULY_1_2027, elected, POSITIONS, at(JULY_1_2027), now())).isEmpty();
    }

    @Test
    void on_july_1_past_chair_leaves_chair_becomes_past_chair_and_chair_elect_becomes_chair() {
        seat("PAST_CHAIR", 1, "id-k12", "ID", JULY_1_2027, 1);
        seat("CHAIR", 1, "nv-k12", "NV", JULY_1_2027, 1);
        seat("CHAIR_ELECT", 1, "ca-k12", "CA", JULY_1_2027, 1);
        seat("AT_LARGE_K12", 1, "wa-alt", "WA", JULY_1_2027, 2);

        List<SeatEvent> events = committee().startTerm(JULY_1_2028, List.of(elected("CHAIR_ELECT", "or-k12", "OR", true)),
                POSITIONS, at(JULY_1_2028), now());
        record(events);

        assertThat(events).filteredOn(SeatVacated.class::isInstance).map(SeatVacated.class::cast)
                .extracting(v -> v.position() + ":" + v.personId() + ":" + v.reason())
                .containsExactlyInAnyOrder("PAST_CHAIR:id-k12:TERM_ENDED", "CHAIR:nv-k12:SUCCEEDED",
                        "CHAIR_ELECT:ca-k12:SUCCEEDED");
        assertThat(events).filteredOn(SeatTaken.class::isInstance).map(SeatTaken.class::cast)
                .extracting(t -> t.position() + ":" + t.personId() + ":" + t.reason())
                .containsExactlyInAnyOrder("PAST_CHAIR:nv-k12:SUCCEEDED", "CHAIR:ca-k12:SUCCEEDED",
                        "CHAIR_ELECT:or-k12:ELECTED");
        assertThat(holder("CHAIR").termEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(holder("AT_LARGE_K12").personId()).as("a two-year term continues").isEqualTo("wa-alt");
    }

    @Test
    void a_member_holding_max_seats_at_term_start_counting_successions_gets_no_further_seat() {
        seat("CHAIR_ELECT", 1, "ca-k12", "CA", JULY_1_2027, 1);

        List<SeatEvent> events = committee().startTerm(JULY_1_2028, List.of(elected("AT_LARGE_K12", "ca-alt", "CA", true)),
                POSITIONS, at(JULY_1_2028), now());

        ElectedNotSeated refused = (ElectedNotSeated) events.get(events.size() - 1);
        assertThat(refused.reason()).isEqualTo("MAX_SEATS_PER_MEMBER");
        assertThat(refused.personId()).isEqualTo("ca-alt");
        assertThat(refused.detail()).contains("member CA holds 1 seat(s) at term start 2028-07-01");
        record(events);
        assertThat(committee().startTerm(JULY_1_2028, List.of(elected("AT_LARGE_K12", "ca-alt", "CA", true)), POSITIONS,
                at(JULY_1_2028), now())).as("decided once").isEmpty();
    }

    @Test
    void an_elected_person_without_a_free_seat_is_not_seated() {
        seat("HIGHER_EDUCATION", 1, "wa-he", "WA", JULY_1_2027, 2);

        List<SeatEvent> events = committee().startTerm(JULY_1_2028, List.of(elected("HIGHER_EDUCATION", "or-he", "OR", true)),
                POSITIONS, at(JULY_1_2028), now());

        assertThat(events).singleElement().isInstanceOfSatisfying(ElectedNotSeated.class,
                e -> assertThat(e.reason()).isEqualTo("NO_FREE_SEAT"));
    }

    @Test
    void the_second_at_large_seat_is_filled_while_the_first_continues() {
        seat("AT_LARGE_K12", 1, "wa-alt", "WA", JULY_1_2027, 2);

        List<SeatEvent> events = committee().startTerm(JULY_1_2028, List.of(elected("AT_LARGE_K12", "or-k12", "OR", true)),
                POSITIONS, at(JULY_1_2028), now());

        assertThat(events).singleElement().isInstanceOfSatisfying(SeatTaken.class, t -> assertThat(t.seat()).isEqualTo(2));
    }

    @Test
    void an_interim_chair_elect_leaves_at_term_end_instead_of_succeeding() {
        seat("CHAIR_ELECT", 1, "ca-k12", "CA", JULY_1_2027, 1);
        record(committee().vacate("CHAIR_ELECT", 1, VacatedReason.RESIGNED, POSITIONS, at(LocalDate.of(2027, 8, 1))));
        record(committee().seatInterim("CHAIR_ELECT", 1, "wa-k12", "Wa", "WA", "EC motion 2", POSITIONS,
                at(LocalDate.of(2027, 8, 2))));

        List<SeatEvent> events = committee().startTerm(JULY_1_2028, List.of(), POSITIONS, at(JULY_1_2028), now());

        assertThat(events).singleElement().isInstanceOfSatisfying(SeatVacated.class,
                v -> assertThat(v.reason()).isEqualTo(VacatedReason.TERM_ENDED));
    }

    // ------------------------------------------------------------------ vacancies

    @Test
    void a_vacant_chair_is_taken_at_once_by_the_chair_elect_who_keeps_the_next_term() {
        seat("CHAIR", 1, "nv-k12", "NV", JULY_1_2027, 1);
        seat("CHAIR_ELECT", 1, "ca-k12", "CA", JULY_1_2027, 1);
        Instant september = at(LocalDate.of(2027, 9, 1));

        List<SeatEvent> events = committee().vacate("CHAIR", 1, VacatedReason.RESIGNED, POSITIONS, september);
        record(events);

        assertThat(events).hasSize(3);
        assertThat(((SeatVacated) events.get(0)).reason()).isEqualTo(VacatedReason.RESIGNED);
        assertThat(((SeatVacated) events.get(1)).reason()).isEqualTo(VacatedReason.STEPPED_UP);
        SeatTaken up = (SeatTaken) events.get(2);
        assertThat(up.personId()).isEqualTo("ca-k12");
        assertThat(up.reason()).isEqualTo(SeatReason.STEPPED_UP);
        assertThat(up.termStart()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(up.termEnd()).as("keeps the next term").isEqualTo(LocalDate.of(2029, 6, 30));
        Vacancy chairElect = view("CHAIR_ELECT", september).vacancy();
        assertThat(chairElect.termEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(chairElect.specialElectionBy()).as("within 60 days").isEqualTo(LocalDate.of(2027, 10, 31));

        List<SeatEvent> nextJuly = committee().startTerm(JULY_1_2028, List.of(), POSITIONS, at(JULY_1_2028), now());
        assertThat(nextJuly).as("the stepped-up Chair stays Chair; nobody succeeds into Past Chair").isEmpty();
    }

    @Test
    void a_vacant_past_chair_stays_empty() {
        seat("PAST_CHAIR", 1, "id-k12", "ID", JULY_1_2027, 1);
        Instant october = at(LocalDate.of(2027, 10, 1));

        record(committee().vacate("PAST_CHAIR", 1, VacatedReason.RESIGNED, POSITIONS, october));

        assertThat(view("PAST_CHAIR", october).vacancy()).isNull();
        refused(Conflict.class, "NO_VACANCY", () -> committee().seatInterim("PAST_CHAIR", 1, "wa-k12", "W", "WA", "m-1",
                POSITIONS, october));
    }

    @Test
    void a_vacancy_recorded_as_seat_vacated_v1_reads_as_the_v2_it_became() {
        seat("HIGHER_EDUCATION", 1, "or-he", "OR", JULY_1_2027, 2);
        Instant october = at(LocalDate.of(2027, 10, 1));

        record(List.of(new SeatEvent.SeatVacatedV1("HIGHER_EDUCATION", 1, "or-he", "OR", october, VacatedReason.RESIGNED)));

        assertThat(holder("HIGHER_EDUCATION")).isNull();
        assertThat(view("HIGHER_EDUCATION", october).vacancy()).isNotNull();
    }

    @Test
    void a_vacant_chair_without_a_chair_elect_may_get_an_interim_but_no_special_election() {
        seat("CHAIR", 1, "nv-k12", "NV", JULY_1_2027, 1);
        Instant august = at(LocalDate.of(2027, 8, 1));

        record(committee().vacate("CHAIR", 1, VacatedReason.MEMBER_NOT_IN_GOOD_STANDING, POSITIONS, august));

        Vacancy vacancy = view("CHAIR", august).vacancy();
        assertThat(vacancy).isNotNull();
        assertThat(vacancy.specialElectionBy()).as("the Chair is never elected").isNull();
    }

    @Test
    void a_special_election_fills_a_vacancy_with_90_days_or_more_left_within_60_days() {
        seat("AT_LARGE_K12", 1, "wa-alt", "WA", JULY_1_2027, 2);
        Instant at = at(LocalDate.of(2029, 4, 1));

        record(committee().vacate("AT_LARGE_K12", 1, VacatedReason.RESIGNED, POSITIONS, at));

        assertThat(view("AT_LARGE_K12", at).vacancy().specialElectionBy()).as("91 days left").isEqualTo(LocalDate.of(2029, 5, 31));
    }

    @Test
    void no_special_election_with_fewer_than_90_days_left() {
        seat("AT_LARGE_K12", 1, "wa-alt", "WA", JULY_1_2027, 2);
        Instant at = at(LocalDate.of(2029, 4, 3));

        record(committee().vacate("AT_LARGE_K12", 1, VacatedReason.RESIGNED, POSITIONS, at));

        Vacancy vacancy = view("AT_LARGE_K12", at).vacancy();
        assertThat(vacancy.termEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(vacancy.specialElectionBy()).as("89 days left").isNull();
    }

    @Test
    void vacating_an_empty_or_unknown_seat_is_refused() {
        refused(Conflict.class, "SEAT_VACANT", () -> committee().vacate("CHAIR", 1, VacatedReason.RESIGNED, POSITIONS, now()));
        refused(NotFound.class, "SEAT_NOT_FOUND", () -> committee().vacate("AT_LARGE_K12", 3, VacatedReason.RESIGNED, POSITIONS,
                now()));
        refused(RuleViolation.class, "UNKNOWN_POSITION", () -> committee().vacate("TREASURER", 1, VacatedReason.RESIGNED,
                POSITIONS, now()));
    }

    @Test
    void an_interim_holder_sits_until_the_special_elections_winner_takes_the_seat_for_the_remainder() {
        seat("HIGHER_EDUCATION", 1, "wa-he", "WA", JULY_1_2027, 2);
        Instant vacated = at(LocalDate.of(2027, 9, 1));
        record(committee().vacate("HIGHER_EDUCATION", 1, VacatedReason.RESIGNED, POSITIONS, vacated));
        Instant decided = at(LocalDate.of(2027, 9, 10));

        List<SeatEvent> interim = committee().seatInterim("HIGHER_EDUCATION", 1, "or-he", "Or He", "OR", "EC motion 12",
                POSITIONS, decided);
        record(interim);

        SeatTaken taken = (SeatTaken) interim.get(0);
        assertThat(taken.reason()).isEqualTo(SeatReason.INTERIM);
        assertThat(taken.decision()).isEqualTo("EC motion 12");
        assertThat(taken.termEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(view("HIGHER_EDUCATION", decided).vacancy()).as("still to be filled by election").isNotNull();
        refused(Conflict.class, "SEAT_TAKEN", () -> committee().seatInterim("HIGHER_EDUCATION", 1, "nv-he", "Nv He", "NV",
                "EC motion 13", POSITIONS, decided));

        Instant certified = at(LocalDate.of(2027, 10, 20));
        Elected winner = new Elected("EC-FY2028-S1", "EC-FY2028-S1.HIGHER_EDUCATION", "HIGHER_EDUCATION", "ca-he", "Ca He",
                "CA", true);
        List<SeatEvent> special = committee().seatSpecial(winner, POSITIONS, certified);
        record(special);

        assertThat(special).hasSize(2);
        assertThat(((SeatVacated) special.get(0)).personId()).isEqualTo("or-he");
        assertThat(((SeatVacated) special.get(0)).reason()).isEqualTo(VacatedReason.TERM_ENDED);
        SeatTaken elected = (SeatTaken) special.get(1);
        assertThat(elected.personId()).isEqualTo("ca-he");
        assertThat(elected.reason()).isEqualTo(SeatReason.ELECTED);
        assertThat(elected.termStart()).isEqualTo(LocalDate.of(2027, 10, 20));
        assertThat(elected.termEnd()).as("the remainder").isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(view("HIGHER_EDUCATION", certified).vacancy()).isNull();
        assertThat(committee().seatSpecial(winner, POSITIONS, certified)).as("seated once").isEmpty();
    }

    @Test
    void an_interim_holders_member_may_not_exceed_max_seats() {
        seat("CHAIR", 1, "ca-k12", "CA", JULY_1_2027, 1);
        seat("AT_LARGE_K12", 1, "wa-alt", "WA", JULY_1_2027, 2);
        record(committee().vacate("AT_LARGE_K12", 1, VacatedReason.RESIGNED, POSITIONS, at(LocalDate.of(2027, 9, 1))));

        refused(RuleViolation.class, "MAX_SEATS_PER_MEMBER", () -> committee().seatInterim("AT_LARGE_K12", 1, "ca-alt", "Ca Alt",
                "CA", "EC motion 7", POSITIONS, at(LocalDate.of(2027, 9, 2))));
    }

    @Test
    void a_special_election_without_an_open_vacancy_seats_no_one() {
        Elected winner = new Elected("EC-FY2028-S1", "EC-FY2028-S1.AT_LARGE_K12", "AT_LARGE_K12", "or-k12", "Or", "OR", true);

        assertThat(committee().seatSpecial(winner, POSITIONS, now())).singleElement()
                .isInstanceOfSatisfying(ElectedNotSeated.class, e -> assertThat(e.reason()).isEqualTo("NO_FREE_SEAT"));
    }

    // ------------------------------------------------------------------ corrections (§5.6)

    @Test
    void a_correction_after_seating_moves_the_seat_to_the_corrected_winner_for_the_rest_of_the_term() {
        record(committee().startTerm(JULY_1_2027, List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true)), POSITIONS,
                at(JULY_1_2027), now()));
        Instant corrected = at(LocalDate.of(2027, 7, 20));

        List<SeatEvent> events = committee().followCorrection("EC-FY2028.CHAIR_ELECT",
                List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)), POSITIONS, corrected);
        record(events);

        assertThat(events).hasSize(2);
        SeatVacated left = (SeatVacated) events.get(0);
        assertThat(left.personId()).isEqualTo("ca-k12");
        assertThat(left.reason()).isEqualTo(VacatedReason.RESULT_CORRECTED);
        assertThat(left.vacatedAt()).isEqualTo(corrected);
        SeatTaken taken = (SeatTaken) events.get(1);
        assertThat(taken.personId()).isEqualTo("wa-k12");
        assertThat(taken.reason()).isEqualTo(SeatReason.ELECTED);
        assertThat(taken.termStart()).isEqualTo(LocalDate.of(2027, 7, 20));
        assertThat(taken.termEnd()).as("the rest of the term").isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(taken.contestId()).isEqualTo("EC-FY2028.CHAIR_ELECT");
        assertThat(view("CHAIR_ELECT", corrected).vacancy()).isNull();
        assertThat(committee().followCorrection("EC-FY2028.CHAIR_ELECT", List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)),
                POSITIONS, corrected)).as("once").isEmpty();
    }

    @Test
    void a_correction_after_the_succession_moves_the_chair_the_wrongly_elected_chair_elect_reached_to_the_corrected_winner() {
        record(committee().startTerm(JULY_1_2027, List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true)), POSITIONS,
                at(JULY_1_2027), now()));
        Elected nextChairElect = new Elected("EC-FY2029", "EC-FY2029.CHAIR_ELECT", "CHAIR_ELECT", "or-k12", "or-k12", "OR",
                true);
        record(committee().startTerm(JULY_1_2028, List.of(nextChairElect), POSITIONS, at(JULY_1_2028), at(JULY_1_2028)));
        assertThat(holder("CHAIR").personId()).as("succeeded").isEqualTo("ca-k12");
        Instant corrected = at(LocalDate.of(2028, 9, 1));

        List<SeatEvent> events = committee().followCorrection("EC-FY2028.CHAIR_ELECT",
                List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)), POSITIONS, corrected);
        record(events);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(SeatVacated.class, left -> {
            assertThat(left.position()).isEqualTo("CHAIR");
            assertThat(left.personId()).isEqualTo("ca-k12");
            assertThat(left.reason()).isEqualTo(VacatedReason.RESULT_CORRECTED);
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(SeatTaken.class, taken -> {
            assertThat(taken.position()).as("where the succession would have brought them").isEqualTo("CHAIR");
            assertThat(taken.personId()).isEqualTo("wa-k12");
            assertThat(taken.termEnd()).as("the rest of the Chair's term").isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(taken.contestId()).isEqualTo("EC-FY2028.CHAIR_ELECT");
        });
        assertThat(holder("CHAIR_ELECT").personId()).as("the next year's Chair-Elect is not touched").isEqualTo("or-k12");
        assertThat(committee().followCorrection("EC-FY2028.CHAIR_ELECT", List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)),
                POSITIONS, corrected)).as("once").isEmpty();

        record(committee().startTerm(LocalDate.of(2029, 7, 1), List.of(), POSITIONS, at(LocalDate.of(2029, 7, 1)),
                at(LocalDate.of(2029, 7, 1))));
        assertThat(holder("PAST_CHAIR").personId()).as("the corrected winner moves on in turn").isEqualTo("wa-k12");
        assertThat(holder("CHAIR").personId()).isEqualTo("or-k12");
        record(committee().followCorrection("EC-FY2028.CHAIR_ELECT", List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true)),
                POSITIONS, at(LocalDate.of(2029, 8, 1))));
        assertThat(holder("PAST_CHAIR").personId()).as("a correction back follows the line to the Past Chair")
                .isEqualTo("ca-k12");
    }

    @Test
    void a_correction_after_a_step_up_moves_the_chair_and_one_after_the_wrongly_elected_left_moves_nothing() {
        seat("CHAIR", 1, "nv-k12", "NV", JULY_1_2027, 1);
        record(committee().startTerm(JULY_1_2027, List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true)), POSITIONS,
                at(JULY_1_2027), now()));
        record(committee().vacate("CHAIR", 1, VacatedReason.RESIGNED, POSITIONS, at(LocalDate.of(2027, 10, 1))));
        assertThat(holder("CHAIR").personId()).as("stepped up").isEqualTo("ca-k12");

        List<SeatEvent> events = committee().followCorrection("EC-FY2028.CHAIR_ELECT",
                List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)), POSITIONS, at(LocalDate.of(2027, 11, 1)));
        record(events);
        assertThat(events).extracting(SeatEvent::position).containsExactly("CHAIR", "CHAIR");
        assertThat(holder("CHAIR").personId()).isEqualTo("wa-k12");

        record(committee().vacate("CHAIR", 1, VacatedReason.RESIGNED, POSITIONS, at(LocalDate.of(2027, 12, 1))));
        assertThat(committee().followCorrection("EC-FY2028.CHAIR_ELECT", List.of(elected("CHAIR_ELECT", "or-k12", "OR", true)),
                POSITIONS, at(LocalDate.of(2028, 1, 1)))).as("the contest's winner left the committee: nothing to move")
                .isEmpty();
    }

    @Test
    void a_correction_before_term_start_moves_no_seat_and_a_correction_back_seats_the_first_winner_again() {
        assertThat(committee().followCorrection("EC-FY2028.CHAIR_ELECT", List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)),
                POSITIONS, now())).as("no one seated yet: term start seats the corrected winner").isEmpty();

        record(committee().startTerm(JULY_1_2027, List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true)), POSITIONS,
                at(JULY_1_2027), now()));
        record(committee().followCorrection("EC-FY2028.CHAIR_ELECT", List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)),
                POSITIONS, at(LocalDate.of(2027, 8, 1))));
        record(committee().followCorrection("EC-FY2028.CHAIR_ELECT", List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true)),
                POSITIONS, at(LocalDate.of(2027, 9, 1))));

        assertThat(holder("CHAIR_ELECT").personId()).isEqualTo("ca-k12");
        assertThat(holder("CHAIR_ELECT").termStart()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void a_corrected_winner_whose_member_holds_its_seats_already_is_not_seated_and_the_seat_is_a_vacancy() {
        seat("HIGHER_EDUCATION", 1, "wa-he", "WA", JULY_1_2027, 2);
        record(committee().startTerm(JULY_1_2027, List.of(elected("CHAIR_ELECT", "ca-k12", "CA", true)), POSITIONS,
                at(JULY_1_2027), now()));
        Instant corrected = at(LocalDate.of(2027, 8, 1));

        List<SeatEvent> events = committee().followCorrection("EC-FY2028.CHAIR_ELECT",
                List.of(elected("CHAIR_ELECT", "wa-k12", "WA", true)), POSITIONS, corrected);
        record(events);

        assertThat(events.get(1)).isInstanceOfSatisfying(ElectedNotSeated.class,
                n -> assertThat(n.reason()).isEqualTo("MAX_SEATS_PER_MEMBER"));
        assertThat(holder("CHAIR_ELECT")).isNull();
        assertThat(view("CHAIR_ELECT", corrected).vacancy().specialElectionBy()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void a_vacancy_recorded_as_seat_vacated_v2_reads_as_the_v3_it_became() {
        seat("HIGHER_EDUCATION", 1, "or-he", "OR", JULY_1_2027, 2);
        Instant october = at(LocalDate.of(2027, 10, 1));
        long before = committee().version();

        record(List.of(new SeatEvent.SeatVacatedV2("HIGHER_EDUCATION", 1, "or-he", "OR", october,
                VacatedReason.REPRESENTATION_ENDED)));

        assertThat(holder("HIGHER_EDUCATION")).isNull();
        assertThat(view("HIGHER_EDUCATION", october).vacancy()).isNotNull();
        assertThat(committee().version()).as("one event, one version").isEqualTo(before + 1);
    }

    // ------------------------------------------------------------------ seats left empty (§5.7)

    @Test
    void a_lapsed_contests_seat_is_left_empty_at_term_start_as_a_vacancy_with_a_special_election_within_60_days() {
        Instant termStartsAt = at(JULY_1_2027).minusSeconds(5);
        List<EmptySeats> empty = List.of(new EmptySeats("EC-FY2028", "EC-FY2028.HIGHER_EDUCATION", "HIGHER_EDUCATION", 1,
                EmptySeats.CERTIFICATION_LAPSED, Instant.parse("2027-05-15T16:00:00Z")));

        List<SeatEvent> events = committee().leaveEmpty(empty, JULY_1_2027, POSITIONS, termStartsAt);
        record(events);

        assertThat(events).singleElement().isInstanceOfSatisfying(SeatLeftEmpty.class, e -> {
            assertThat(e.seat()).isEqualTo(1);
            assertThat(e.reason()).isEqualTo(EmptyReason.CERTIFICATION_LAPSED);
            assertThat(e.termEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(e.emptyFrom()).as("from term start, the lapse being earlier").isEqualTo(termStartsAt);
        });
        SeatView seat = view("HIGHER_EDUCATION", at(JULY_1_2027));
        assertThat(seat.holder()).isNull();
        assertThat(seat.vacancy().specialElectionBy()).isEqualTo(LocalDate.of(2027, 8, 30));
        assertThat(committee().leaveEmpty(empty, JULY_1_2027, POSITIONS, termStartsAt)).as("once").isEmpty();
    }

    @Test
    void a_contest_with_too_few_candidates_leaves_its_unfilled_seat_empty_beside_the_seated_one_and_a_special_election_fills_it() {
        record(committee().startTerm(JULY_1_2027, List.of(elected("AT_LARGE_K12", "wa-k12", "WA", false)), POSITIONS,
                at(JULY_1_2027), now()));
        Instant lateLapse = at(LocalDate.of(2027, 7, 3));

        List<SeatEvent> events = committee().leaveEmpty(List.of(new EmptySeats("EC-FY2028", "EC-FY2028.AT_LARGE_K12",
                "AT_LARGE_K12", 1, EmptySeats.NO_CANDIDATES, lateLapse)), JULY_1_2027, POSITIONS, at(JULY_1_2027));
        record(events);

        SeatLeftEmpty empty = (SeatLeftEmpty) events.get(0);
        assertThat(empty.seat()).as("seat 1 is held").isEqualTo(2);
        assertThat(empty.reason()).isEqualTo(EmptyReason.NO_CANDIDATES);
        assertThat(empty.emptyFrom()).as("from the later instant").isEqualTo(lateLapse);
        List<SeatEvent> special = committee().seatSpecial(new Elected("EC-FY2028-S1", "EC-FY2028-S1.AT_LARGE_K12",
                "AT_LARGE_K12", "or-k12", "or-k12", "OR", true), POSITIONS, at(LocalDate.of(2027, 8, 20)));
        assertThat(special).singleElement().isInstanceOfSatisfying(SeatTaken.class, t -> {
            assertThat(t.seat()).isEqualTo(2);
            assertThat(t.termEnd()).as("for the remainder").isEqualTo(LocalDate.of(2029, 6, 30));
        });
    }

    @Test
    void a_special_election_whose_contest_lapsed_leaves_the_vacancy_empty_with_a_new_special_election_date() {
        seat("AT_LARGE_K12", 1, "wa-alt", "WA", JULY_1_2027, 2);
        seat("HIGHER_EDUCATION", 1, "or-he", "OR", JULY_1_2027, 2);
        record(committee().vacate("AT_LARGE_K12", 1, VacatedReason.RESIGNED, POSITIONS, at(LocalDate.of(2027, 8, 1))));
        record(committee().seatInterim("AT_LARGE_K12", 1, "id-k12", "ID", "ID", "EC-7", POSITIONS,
                at(LocalDate.of(2027, 8, 2))));
        Instant lapsed = at(LocalDate.of(2027, 10, 5));
        List<EmptySeats> empty = List.of(new EmptySeats("EC-FY2028-S1", "EC-FY2028-S1.AT_LARGE_K12", "AT_LARGE_K12", 1,
                EmptySeats.CERTIFICATION_LAPSED, lapsed));

        List<SeatEvent> events = committee().leaveVacanciesEmpty(empty, POSITIONS);
        record(events);

        assertThat(events).singleElement().isInstanceOfSatisfying(SeatLeftEmpty.class, e -> {
            assertThat(e.seat()).isEqualTo(1);
            assertThat(e.electionId()).isEqualTo("EC-FY2028-S1");
            assertThat(e.reason()).isEqualTo(EmptyReason.CERTIFICATION_LAPSED);
            assertThat(e.termStart()).as("the remainder, from the lapse").isEqualTo(LocalDate.of(2027, 10, 5));
            assertThat(e.termEnd()).as("the vacated term's end").isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(e.emptyFrom()).isEqualTo(lapsed);
        });
        SeatView seat = view("AT_LARGE_K12", lapsed);
        assertThat(seat.holder().reason()).as("the interim holder stays").isEqualTo(SeatReason.INTERIM);
        assertThat(seat.vacancy().since()).isEqualTo(lapsed);
        assertThat(seat.vacancy().specialElectionBy()).as("60 days from the lapse").isEqualTo(LocalDate.of(2027, 12, 4));
        assertThat(committee().leaveVacanciesEmpty(empty, POSITIONS)).as("once").isEmpty();
    }

    @Test
    void a_special_election_left_without_candidates_records_only_seats_that_are_open_vacancies() {
        seat("AT_LARGE_K12", 1, "wa-alt", "WA", JULY_1_2027, 2);
        seat("AT_LARGE_K12", 2, "ca-alt", "CA", JULY_1_2027, 2);
        record(committee().vacate("AT_LARGE_K12", 2, VacatedReason.RESIGNED, POSITIONS, at(LocalDate.of(2028, 1, 10))));
        Instant reopeningOver = at(LocalDate.of(2028, 3, 1));
        List<EmptySeats> twoAsked = List.of(new EmptySeats("EC-FY2028-S2", "EC-FY2028-S2.AT_LARGE_K12", "AT_LARGE_K12", 2,
                EmptySeats.NO_CANDIDATES, reopeningOver));

        List<SeatEvent> events = committee().leaveVacanciesEmpty(twoAsked, POSITIONS);

        assertThat(events).as("seat 1 is held: no vacancy to leave empty").singleElement()
                .isInstanceOfSatisfying(SeatLeftEmpty.class, e -> {
                    assertThat(e.seat()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo(EmptyReason.NO_CANDIDATES);
                });
        assertThat(committee().leaveVacanciesEmpty(List.of(new EmptySeats("EC-FY2028-S2", "EC-FY2028-S2.CHAIR_ELECT",
                "CHAIR_ELECT", 1, EmptySeats.NO_CANDIDATES, reopeningOver)), POSITIONS)).as("no vacancy at all").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private ExecutiveCommittee committee() {
        return ExecutiveCommittee.replay(history);
    }

    private void record(List<SeatEvent> events) {
        history.addAll(events);
    }

    private void seat(String position, int seat, String person, String member, LocalDate termStart, int years) {
        history.add(new SeatTaken(position, seat, person, person, member, termStart, termStart.plusYears(years).minusDays(1),
                at(termStart), SeatReason.ELECTED, "EC-FY" + (termStart.getYear() + 1), "EC-FY" + (termStart.getYear() + 1) + "."
                + position, null));
    }

    private Holder holder(String position) {
        return committee().holders().get(new SeatKey(position, 1));
    }

    private SeatView view(String position, Instant at) {
        return committee().seats(POSITIONS, at).stream().filter(s -> s.position().equals(position)).findFirst().orElseThrow();
    }

    private static Elected elected(String position, String person, String member, boolean byBallot) {
        return new Elected("EC-FY2028", "EC-FY2028." + position, position, person, person, member, byBallot);
    }

    private static Instant at(LocalDate date) {
        return date.atStartOfDay(CallingElections.CONSORTIUM_ZONE).toInstant().plusSeconds(5);
    }

    private static Instant now() {
        return at(JULY_1_2027);
    }
}
