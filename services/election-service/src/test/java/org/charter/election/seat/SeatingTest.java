package org.charter.election.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charter.election.election.CallingElections.ContestRequest;
import org.charter.election.election.ContestStatus;
import org.charter.election.election.ElectionFixture;
import org.charter.election.election.ElectionId;
import org.charter.election.seat.ExecutiveCommittee.Holder;
import org.charter.election.seat.ExecutiveCommittee.SeatKey;
import org.charter.election.seat.ExecutiveCommittee.SeatView;
import org.charter.election.seat.SeatEvent.SeatReason;
import org.charter.election.seat.SeatEvent.SeatTaken;
import org.charter.election.seat.SeatEvent.SeatVacated;
import org.charter.election.seat.SeatEvent.VacatedReason;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.RecordedEvent;
import org.junit.jupiter.api.Test;

/** The seats follow the service's clock (moved, never slept on) and the roll: July 1's seating and succession, lost standing, special elections. */
class SeatingTest {

    private static final Instant JULY_1_2027 = Instant.parse("2027-07-01T07:00:00Z");

    private final ElectionFixture f = new ElectionFixture();
    private final List<ElectionId> called = new ArrayList<>();
    private final ExecutiveCommittees committees = new ExecutiveCommittees(EventStreams.of(f.store));
    private final Seating seating = new Seating(committees, () -> called.stream().map(f.elections::get).toList(), f.roll,
            f.positions, f.clock);

    @Test
    void the_acclaimed_take_their_seats_when_the_clock_reaches_july_1_and_move_on_by_succession_each_year() {
        acclaim(2028, null, T, "CHAIR_ELECT", "ca-k12", "AT_LARGE_K12", "wa-alt");

        f.at(JULY_1_2027.minusSeconds(1));
        assertThat(seating.catchUp().holders()).as("not before term start").isEmpty();

        f.at(JULY_1_2027.plusSeconds(1));
        ExecutiveCommittee seated = seating.catchUp();
        assertThat(holder(seated, "CHAIR_ELECT")).isEqualTo(new Holder("ca-k12", "ca-k12", "CA", LocalDate.of(2027, 7, 1),
                LocalDate.of(2028, 6, 30), SeatReason.ACCLAIMED));
        assertThat(holder(seated, "AT_LARGE_K12").personId()).isEqualTo("wa-alt");
        assertThat(seating.catchUp().version()).as("once").isEqualTo(seated.version());

        f.at(Instant.parse("2028-07-01T07:00:01Z"));
        ExecutiveCommittee fy2029 = seating.catchUp();
        assertThat(holder(fy2029, "CHAIR").personId()).isEqualTo("ca-k12");
        assertThat(holder(fy2029, "CHAIR").reason()).isEqualTo(SeatReason.SUCCEEDED);
        assertThat(holder(fy2029, "CHAIR_ELECT")).isNull();
        assertThat(holder(fy2029, "AT_LARGE_K12").personId()).as("two-year term").isEqualTo("wa-alt");

        f.at(Instant.parse("2030-07-01T07:00:01Z"));
        ExecutiveCommittee fy2031 = seating.catchUp();
        assertThat(fy2031.holders()).as("two term starts taken in turn: Past Chair for FY2030, then gone").isEmpty();
        assertThat(types()).containsExactly("SeatTaken:CHAIR_ELECT", "SeatTaken:AT_LARGE_K12", "SeatVacated:CHAIR_ELECT",
                "SeatTaken:CHAIR", "SeatVacated:CHAIR", "SeatVacated:AT_LARGE_K12", "SeatTaken:PAST_CHAIR",
                "SeatVacated:PAST_CHAIR");
    }

    @Test
    void a_holder_whose_member_is_suspended_leaves_at_its_effective_instant_and_a_special_election_fills_the_seat() {
        acclaim(2028, null, T, "AT_LARGE_K12", "wa-alt");
        f.at(JULY_1_2027.plusSeconds(1));
        seating.catchUp();
        Instant suspended = Instant.parse("2027-08-01T16:00:00Z");
        f.roll.add("WA").suspended(suspended, suspended);

        f.at(suspended.plus(Duration.ofHours(1)));
        ExecutiveCommittee committee = seating.catchUp();

        SeatVacated left = (SeatVacated) committees.history(ExecutiveCommittee.ID).get(1).data();
        assertThat(left.reason()).isEqualTo(VacatedReason.MEMBER_NOT_IN_GOOD_STANDING);
        assertThat(left.vacatedAt()).isEqualTo(suspended);
        SeatView seat = committee.seats(f.positions, f.clock.instant()).stream()
                .filter(s -> s.position().equals("AT_LARGE_K12") && s.seat() == 1).findFirst().orElseThrow();
        assertThat(seat.vacancy().specialElectionBy()).isEqualTo(LocalDate.of(2027, 9, 30));

        Instant ballot = Instant.parse("2027-09-20T16:00:00Z");
        ElectionId special = acclaim(2028, "S1", ballot, "AT_LARGE_K12", "or-k12");
        assertThat(f.election(special).contests().get(0).status()).isEqualTo(ContestStatus.ACCLAIMED);
        ExecutiveCommittee filled = seating.catchUp();

        Holder holder = holder(filled, "AT_LARGE_K12");
        assertThat(holder.personId()).isEqualTo("or-k12");
        assertThat(holder.reason()).isEqualTo(SeatReason.ACCLAIMED);
        assertThat(holder.termStart()).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(holder.termEnd()).as("the remainder of the vacated term").isEqualTo(LocalDate.of(2029, 6, 30));
        SeatTaken taken = (SeatTaken) last().data();
        assertThat(taken.electionId()).isEqualTo("EC-FY2028-S1");
    }

    @Test
    void the_secretary_records_a_resignation_and_the_ecs_interim_seat_for_a_person_of_an_active_governing_member() {
        acclaim(2028, null, T, "HIGHER_EDUCATION", "wa-he");
        f.at(JULY_1_2027.plus(Duration.ofDays(30)));
        seating.resign("HIGHER_EDUCATION", 1, secretary());
        assertThat(((SeatVacated) last().data()).reason()).isEqualTo(VacatedReason.RESIGNED);

        refused(RuleViolation.class, "HOLDER_NOT_ELIGIBLE", () -> seating.seatInterim("HIGHER_EDUCATION", 1, "af-k12", "Af",
                "EC motion 3", secretary()));
        seating.seatInterim("HIGHER_EDUCATION", 1, "nv-he", "Nv He", "EC motion 4", secretary());

        SeatTaken interim = (SeatTaken) last().data();
        assertThat(interim.reason()).isEqualTo(SeatReason.INTERIM);
        assertThat(interim.memberId()).isEqualTo("NV");
        assertThat(interim.decision()).isEqualTo("EC motion 4");
        assertThat(last().actor().subject()).isEqualTo("sam.secretary");
    }

    @Test
    void a_holder_replaced_as_its_members_delegate_while_the_member_stays_in_good_standing_leaves_for_a_special_election() {
        acclaim(2028, null, T, "AT_LARGE_K12", "wa-del");
        f.at(JULY_1_2027.plusSeconds(1));
        seating.catchUp();
        Instant replaced = Instant.parse("2027-08-15T16:00:00Z");
        f.roll.add("WA").delegate("wa-del2", replaced);

        f.at(replaced.minusSeconds(1));
        assertThat(holder(seating.catchUp(), "AT_LARGE_K12").personId()).as("still the delegate").isEqualTo("wa-del");
        f.at(replaced.plus(Duration.ofDays(2)));
        ExecutiveCommittee committee = seating.catchUp();

        SeatVacated left = (SeatVacated) last().data();
        assertThat(left.reason()).isEqualTo(VacatedReason.REPRESENTATION_ENDED);
        assertThat(left.personId()).isEqualTo("wa-del");
        assertThat(left.vacatedAt()).as("when the new delegate took effect").isEqualTo(replaced);
        SeatView seat = committee.seats(f.positions, f.clock.instant()).stream()
                .filter(s -> s.position().equals("AT_LARGE_K12") && s.seat() == 1).findFirst().orElseThrow();
        assertThat(seat.holder()).isNull();
        assertThat(seat.vacancy().specialElectionBy()).as("within 60 days (§5.7)").isEqualTo(LocalDate.of(2027, 10, 14));
        assertThat(seating.catchUp().version()).as("once").isEqualTo(committee.version());

        seating.seatInterim("AT_LARGE_K12", 1, "wa-del2", "Wa Del 2", "EC motion 9", secretary());
        assertThat(holder(seating.catchUp(), "AT_LARGE_K12").reason()).as("the EC may seat an interim").isEqualTo(SeatReason.INTERIM);
    }

    @Test
    void a_chair_who_no_longer_represents_any_member_is_replaced_at_once_by_the_chair_elect_stepping_up() {
        acclaim(2028, null, T, "CHAIR_ELECT", "ca-k12");
        f.at(JULY_1_2027.plusSeconds(1));
        seating.catchUp();
        acclaim(2029, null, T.plus(Duration.ofDays(366)), "CHAIR_ELECT", "wa-k12");
        f.at(Instant.parse("2028-07-01T07:00:01Z"));
        assertThat(holder(seating.catchUp(), "CHAIR").personId()).isEqualTo("ca-k12");
        Instant newLead = Instant.parse("2028-09-01T16:00:00Z");
        f.roll.add("CA").representative(RepresentativeRole.K12_LEAD, "ca-k12b", newLead);

        f.at(newLead.plus(Duration.ofHours(1)));
        ExecutiveCommittee committee = seating.catchUp();

        assertThat(holder(committee, "CHAIR").personId()).isEqualTo("wa-k12");
        assertThat(holder(committee, "CHAIR").reason()).isEqualTo(SeatReason.STEPPED_UP);
        assertThat(holder(committee, "CHAIR_ELECT")).isNull();
        assertThat(committees.history(ExecutiveCommittee.ID).stream().map(e -> e.data()).filter(SeatVacated.class::isInstance)
                .map(SeatVacated.class::cast).filter(v -> v.personId().equals("ca-k12") && v.position().equals("CHAIR"))
                .map(SeatVacated::reason)).containsExactly(VacatedReason.REPRESENTATION_ENDED);
    }

    @Test
    void a_person_elected_who_stopped_representing_before_july_1_is_seated_and_leaves_at_once_a_vacancy() {
        acclaim(2028, null, T, "AT_LARGE_K12", "or-k12");
        Instant replaced = Instant.parse("2027-06-10T16:00:00Z");
        f.roll.add("OR").representative(RepresentativeRole.K12_LEAD, "or-k12b", replaced);

        f.at(JULY_1_2027.plusSeconds(1));
        ExecutiveCommittee committee = seating.catchUp();

        assertThat(holder(committee, "AT_LARGE_K12")).isNull();
        SeatVacated left = (SeatVacated) last().data();
        assertThat(left.reason()).isEqualTo(VacatedReason.REPRESENTATION_ENDED);
        assertThat(left.vacatedAt()).as("not before the term it was seated for").isEqualTo(JULY_1_2027);
    }

    @Test
    void a_correction_after_seating_moves_the_seat_from_the_wrongly_seated_to_the_corrected_winner() {
        ElectionId fy2028 = f.openChairElect();
        called.add(fy2028);
        String contest = fy2028.contestId("CHAIR_ELECT");
        for (String member : List.of("CA", "WA", "OR")) {
            f.vote(contest, member, "n1");
        }
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(fy2028);
        f.counting.count(contest, secretary());
        f.counting.certify(contest, secretary());
        f.at(JULY_1_2027.plusSeconds(1));
        assertThat(holder(seating.catchUp(), "CHAIR_ELECT").personId()).isEqualTo("ca-k12");
        // accepted ballots the count had missed, found after seating
        for (String receipt : List.of("c", "d", "e", "f")) {
            f.box.put(new org.charter.election.ballot.SealedBallot(contest, List.of("n2"), receipt.repeat(64)));
        }
        Instant correctedAt = JULY_1_2027.plus(Duration.ofDays(20));
        f.at(correctedAt);
        f.counting.correct(contest, "ballots found after the count", secretary());

        ExecutiveCommittee committee = seating.catchUp();

        assertThat(holder(committee, "CHAIR_ELECT").personId()).isEqualTo("wa-k12");
        assertThat(holder(committee, "CHAIR_ELECT").termEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
        List<RecordedEvent> history = committees.history(ExecutiveCommittee.ID);
        assertThat(history.get(history.size() - 2).type()).isEqualTo("charter.election.SeatVacated.v3");
        assertThat(((SeatVacated) history.get(history.size() - 2).data()).reason()).isEqualTo(VacatedReason.RESULT_CORRECTED);
        assertThat(((SeatTaken) last().data()).personId()).isEqualTo("wa-k12");
        assertThat(seating.catchUp().version()).as("once").isEqualTo(committee.version());
    }

    @Test
    void a_contest_whose_certification_lapsed_leaves_its_seat_empty_on_july_1_with_a_special_election_by_august_30() {
        ElectionId fy2028 = f.openChairElect();
        called.add(fy2028);
        String contest = fy2028.contestId("CHAIR_ELECT");
        f.vote(contest, "CA", "n1");
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(fy2028);
        f.counting.count(contest, secretary());
        f.at(T.plus(Duration.ofDays(13)));
        assertThat(f.timekeeping.catchUp(fy2028).contestView(contest).lapsed()).isNotNull();
        assertThat(seating.catchUp().seats(f.positions, f.clock.instant())).as("not before term start")
                .allMatch(s -> s.vacancy() == null);

        f.at(JULY_1_2027.plusSeconds(1));
        ExecutiveCommittee committee = seating.catchUp();

        SeatView chairElect = committee.seats(f.positions, f.clock.instant()).stream()
                .filter(s -> s.position().equals("CHAIR_ELECT")).findFirst().orElseThrow();
        assertThat(chairElect.holder()).isNull();
        assertThat(chairElect.vacancy().since()).isEqualTo(JULY_1_2027);
        assertThat(chairElect.vacancy().specialElectionBy()).isEqualTo(LocalDate.of(2027, 8, 30));
        assertThat(((SeatEvent.SeatLeftEmpty) last().data()).reason()).isEqualTo(SeatEvent.EmptyReason.CERTIFICATION_LAPSED);
        assertThat(seating.catchUp().version()).as("once").isEqualTo(committee.version());
    }

    @Test
    void a_special_election_left_without_candidates_keeps_the_vacancy_empty_with_a_new_special_election_date() {
        acclaim(2028, null, T, "AT_LARGE_K12", "wa-alt");
        f.at(JULY_1_2027.plusSeconds(1));
        seating.catchUp();
        Instant suspended = Instant.parse("2027-08-01T16:00:00Z");
        f.roll.add("WA").suspended(suspended, suspended);
        f.at(suspended.plus(Duration.ofHours(1)));
        seating.catchUp();

        // the special election finds no candidate, reopens, and is left vacant at the end of its reopening
        Instant ballot = Instant.parse("2027-09-20T16:00:00Z");
        f.at(ballot.minus(Duration.ofDays(45)));
        ElectionId special = f.calling.call(2028, "S1", ballot, null, List.of(new ContestRequest("AT_LARGE_K12", 1)),
                List.of(), secretary()).state().id();
        called.add(special);
        f.at(ballot.minus(Duration.ofDays(10)));
        f.slating.slate(special, secretary());
        Instant reopeningOver = ballot.plus(Duration.ofDays(4));
        f.at(reopeningOver);
        f.slating.slateContest(special.contestId("AT_LARGE_K12"), secretary());
        ExecutiveCommittee committee = seating.catchUp();

        SeatEvent.SeatLeftEmpty empty = (SeatEvent.SeatLeftEmpty) last().data();
        assertThat(empty.electionId()).isEqualTo("EC-FY2028-S1");
        assertThat(empty.reason()).isEqualTo(SeatEvent.EmptyReason.NO_CANDIDATES);
        assertThat(empty.emptyFrom()).isEqualTo(reopeningOver);
        assertThat(empty.termEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
        SeatView seat = committee.seats(f.positions, f.clock.instant()).stream()
                .filter(s -> s.position().equals("AT_LARGE_K12") && s.seat() == 1).findFirst().orElseThrow();
        assertThat(seat.holder()).isNull();
        assertThat(seat.vacancy().specialElectionBy()).isEqualTo(LocalDate.of(2027, 11, 23));
        assertThat(seating.catchUp().version()).as("once").isEqualTo(committee.version());
    }

    // ------------------------------------------------------------------ helpers

    /** An election whose contests (position, nominee pairs) each get one accepted candidate: acclaimed at the slate. */
    private ElectionId acclaim(int fiscalYear, String suffix, Instant ballotOpensAt, String... positionsAndNominees) {
        List<ContestRequest> contests = new ArrayList<>();
        for (int i = 0; i < positionsAndNominees.length; i += 2) {
            contests.add(new ContestRequest(positionsAndNominees[i], 1));
        }
        f.at(ballotOpensAt.minus(Duration.ofDays(45)));
        ElectionId id = f.calling.call(fiscalYear, suffix, ballotOpensAt, null, contests, List.of(), secretary()).state().id();
        f.at(ballotOpensAt.minus(Duration.ofDays(40)));
        for (int i = 0; i < positionsAndNominees.length; i += 2) {
            f.standing(id, positionsAndNominees[i], positionsAndNominees[i + 1]);
        }
        f.at(ballotOpensAt.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        called.add(id);
        return id;
    }

    private static Holder holder(ExecutiveCommittee committee, String position) {
        return committee.holders().get(new SeatKey(position, 1));
    }

    private RecordedEvent last() {
        List<RecordedEvent> history = committees.history(ExecutiveCommittee.ID);
        return history.get(history.size() - 1);
    }

    private List<String> types() {
        return committees.history(ExecutiveCommittee.ID).stream()
                .map(e -> e.type().replace("charter.election.", "").replaceFirst("\\.v\\d+$", "") + ":"
                        + ((SeatEvent) e.data()).position()).toList();
    }
}
