package org.charter.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.person;
import static org.charter.election.election.ElectionFixture.secretary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.charter.election.ballot.SealedBallot;
import org.charter.election.ballot.VoterId;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.election.election.CallingElections;
import org.charter.election.election.CallingElections.ContestRequest;
import org.charter.election.election.ElectionFixture;
import org.charter.election.election.ElectionId;
import org.charter.election.position.Periods;
import org.charter.election.seat.ExecutiveCommittee;
import org.charter.election.seat.ExecutiveCommittees;
import org.charter.election.seat.Seating;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.error.Conflict;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

/** Every event type the election service records, produced by the real aggregates, matches its schema in docs/events/election/. */
class EventSchemasTest {

    @Test
    void every_election_event_type_validates_against_its_schema() {
        ElectionFixture f = new ElectionFixture();
        ElectionId id = f.call(List.of(new ContestRequest("CHAIR_ELECT", 1), new ContestRequest("AT_LARGE_K12", 2),
                new ContestRequest("HIGHER_EDUCATION", 1), new ContestRequest("POSTSECONDARY_CAREERS", 1)), List.of());
        f.at(T.minus(Duration.ofDays(40)));
        f.standing(id, "CHAIR_ELECT", "ca-k12");
        f.standing(id, "CHAIR_ELECT", "wa-k12");
        f.standing(id, "CHAIR_ELECT", "or-k12");
        f.standing(id, "HIGHER_EDUCATION", "ca-he");
        f.standing(id, "POSTSECONDARY_CAREERS", "wa-cte");
        f.nominating.withdraw(id, "n5", person("wa-cte"));
        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        f.at(T.plus(Duration.ofDays(4)));
        f.slating.slate(id, secretary());
        f.at(T.plus(Duration.ofSeconds(60)));
        f.vote("EC-FY2028.CHAIR_ELECT", "CA", "n2", "n1");
        f.vote("EC-FY2028.CHAIR_ELECT", "WA");
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(id);
        f.counting.count("EC-FY2028.CHAIR_ELECT", secretary());

        List<RecordedEvent> recorded = new ArrayList<>(f.elections.history(id));
        recorded.addAll(f.voters.history(new VoterId("EC-FY2028.CHAIR_ELECT", "CA")));
        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type().replace("charter.election.", "").replaceFirst("\\.v\\d+$", ""));
        }
        assertThat(types).containsExactlyInAnyOrder("ElectionCalled", "NominationMade", "NominationAccepted",
                "NominationWithdrawn", "NominationsReopened", "ContestAcclaimed", "ContestLeftVacant", "ContestSlated",
                "ContestOpened", "ContestClosed", "ContestCounted", "MemberVoted");
    }

    @Test
    void every_runoff_certification_and_seating_event_type_validates_against_its_schema() {
        ElectionFixture f = new ElectionFixture();
        ElectionId id = ElectionId.of("EC-FY2028");
        new CallingElections(f.elections, f.positions, Periods.DEFAULTS, "TWO_ROUND", f.clock).call(2028, null, T, null,
                List.of(new ContestRequest("CHAIR_ELECT", 1), new ContestRequest("AT_LARGE_K12", 1)), List.of(), secretary());
        f.at(T.minus(Duration.ofDays(40)));
        f.standing(id, "CHAIR_ELECT", "ca-k12");
        f.standing(id, "CHAIR_ELECT", "wa-k12");
        f.standing(id, "CHAIR_ELECT", "or-k12");
        f.standing(id, "AT_LARGE_K12", "ca-alt");
        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        f.at(T.plusSeconds(60));
        f.vote("EC-FY2028.CHAIR_ELECT", "CA", "n1");
        f.vote("EC-FY2028.CHAIR_ELECT", "WA", "n1");
        f.vote("EC-FY2028.CHAIR_ELECT", "OR", "n2");
        f.vote("EC-FY2028.CHAIR_ELECT", "NV", "n2");
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(id);
        f.counting.count("EC-FY2028.CHAIR_ELECT", secretary());
        f.at(T.plus(Duration.ofDays(7)).plusSeconds(60));
        f.vote("EC-FY2028.CHAIR_ELECT_RUNOFF", "CA", "n1");
        f.vote("EC-FY2028.CHAIR_ELECT_RUNOFF", "WA", "n1");
        f.vote("EC-FY2028.CHAIR_ELECT_RUNOFF", "OR", "n1");
        f.at(T.plus(Duration.ofDays(12)));
        f.timekeeping.catchUp(id);
        f.counting.count("EC-FY2028.CHAIR_ELECT_RUNOFF", secretary());
        f.counting.certify("EC-FY2028.CHAIR_ELECT_RUNOFF", secretary());
        ElectionFixture tooFew = new ElectionFixture();
        tooFew.openChairElect();
        tooFew.vote("EC-FY2028.CHAIR_ELECT", "CA", "n1");
        tooFew.at(T.plus(Duration.ofDays(7)));
        tooFew.timekeeping.catchUp(id);
        tooFew.counting.count("EC-FY2028.CHAIR_ELECT", secretary());
        assertThatThrownBy(() -> tooFew.counting.certify("EC-FY2028.CHAIR_ELECT", secretary())).isInstanceOf(Conflict.class);
        ExecutiveCommittees committees = new ExecutiveCommittees(EventStreams.of(f.store));
        Seating seating = new Seating(committees, () -> List.of(f.elections.get(id)), f.roll, f.positions, f.clock);
        f.at(Instant.parse("2027-07-01T07:00:01Z"));
        seating.catchUp();
        // CA's acclaimed at-large candidate comes first; CA's runoff winner is then not seated (maxSeatsPerMember)
        seating.resign("AT_LARGE_K12", 1, secretary());
        seating.seatInterim("AT_LARGE_K12", 1, "nv-k12", "Nv K12", "EC motion 1", secretary());

        List<RecordedEvent> recorded = new ArrayList<>(f.elections.history(id));
        recorded.addAll(committees.history(ExecutiveCommittee.ID));
        recorded.addAll(tooFew.elections.history(id));
        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type().replace("charter.election.", "").replaceFirst("\\.v\\d+$", ""));
        }
        assertThat(types).contains("RunoffSlated", "ContestCertified", "CertificationRefused", "ContestAcclaimed", "SeatTaken", "SeatVacated",
                "ElectedNotSeated");
    }

    @Test
    void every_recount_lapse_correction_and_representation_event_type_validates_against_its_schema() {
        ElectionId id = ElectionId.of("EC-FY2028");
        ElectionFixture recounted = new ElectionFixture();
        recounted.openChairElect();
        recounted.vote("EC-FY2028.CHAIR_ELECT", "CA", "n1", "n2");
        recounted.vote("EC-FY2028.CHAIR_ELECT", "WA", "n1");
        recounted.vote("EC-FY2028.CHAIR_ELECT", "OR", "n2");
        recounted.at(T.plus(Duration.ofDays(7)));
        recounted.timekeeping.catchUp(id);
        recounted.counting.count("EC-FY2028.CHAIR_ELECT", secretary());
        recounted.roll.add("CA").representative(RepresentativeRole.K12_LEAD, "ca-k12b", T.plus(Duration.ofDays(8)));
        recounted.at(T.plus(Duration.ofDays(9)));
        recounted.counting.certify("EC-FY2028.CHAIR_ELECT", secretary());
        recounted.box.put(new SealedBallot("EC-FY2028.CHAIR_ELECT", List.of("n3"), "e".repeat(64)));
        recounted.box.put(new SealedBallot("EC-FY2028.CHAIR_ELECT", List.of("n3"), "f".repeat(64)));
        recounted.counting.correct("EC-FY2028.CHAIR_ELECT", "two ballots found after the count", secretary());

        ElectionFixture lapsed = new ElectionFixture();
        lapsed.openChairElect();
        lapsed.vote("EC-FY2028.CHAIR_ELECT", "CA", "n1");
        lapsed.at(T.plus(Duration.ofDays(7)));
        lapsed.timekeeping.catchUp(id);
        lapsed.counting.count("EC-FY2028.CHAIR_ELECT", secretary());
        lapsed.at(T.plus(Duration.ofDays(13)));
        lapsed.timekeeping.catchUp(id);

        ElectionFixture seats = new ElectionFixture();
        ElectionId acclaimed = seats.call(List.of(new ContestRequest("AT_LARGE_K12", 1)), List.of());
        seats.at(T.minus(Duration.ofDays(40)));
        seats.standing(acclaimed, "AT_LARGE_K12", "wa-del");
        seats.at(T.minus(Duration.ofDays(10)));
        seats.slating.slate(acclaimed, secretary());
        ExecutiveCommittees committees = new ExecutiveCommittees(EventStreams.of(seats.store));
        Seating seating = new Seating(committees, () -> List.of(seats.elections.get(acclaimed)), seats.roll, seats.positions,
                seats.clock);
        seats.at(Instant.parse("2027-07-01T07:00:01Z"));
        seating.catchUp();
        seats.roll.add("WA").delegate("wa-del2", Instant.parse("2027-08-01T16:00:00Z"));
        seats.at(Instant.parse("2027-08-02T16:00:00Z"));
        seating.catchUp();

        List<RecordedEvent> recorded = new ArrayList<>(recounted.elections.history(id));
        recorded.addAll(lapsed.elections.history(id));
        recorded.addAll(committees.history(ExecutiveCommittee.ID));
        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type().replace("charter.election.", "").replaceFirst("\\.v\\d+$", ""));
        }
        assertThat(types).contains("ContestRecounted", "ContestCertified", "ResultCorrected", "CertificationLapsed",
                "SeatVacated");
        assertThat(committees.history(ExecutiveCommittee.ID)).extracting(e -> e.data().toString())
                .anyMatch(d -> d.contains("REPRESENTATION_ENDED"));
    }

    @Test
    void a_seat_moved_by_a_correction_validates_against_seat_vacated_v3() {
        ElectionFixture f = new ElectionFixture();
        ElectionId id = f.openChairElect();
        String contest = id.contestId("CHAIR_ELECT");
        for (String member : List.of("CA", "WA", "OR")) {
            f.vote(contest, member, "n1");
        }
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(id);
        f.counting.count(contest, secretary());
        f.counting.certify(contest, secretary());
        ExecutiveCommittees committees = new ExecutiveCommittees(EventStreams.of(f.store));
        Seating seating = new Seating(committees, () -> List.of(f.elections.get(id)), f.roll, f.positions, f.clock);
        f.at(Instant.parse("2027-07-01T07:00:01Z"));
        seating.catchUp();
        for (String receipt : List.of("c", "d", "e", "f")) {
            f.box.put(new SealedBallot(contest, List.of("n2"), receipt.repeat(64)));
        }
        f.at(Instant.parse("2027-07-20T16:00:00Z"));
        f.counting.correct(contest, "ballots found after the count", secretary());
        seating.catchUp();

        EventSchemas schemas = EventSchemas.inRepository();
        List<RecordedEvent> seatEvents = committees.history(ExecutiveCommittee.ID);
        seatEvents.forEach(schemas::validate);
        assertThat(seatEvents).extracting(RecordedEvent::type).contains("charter.election.SeatVacated.v3");
        assertThat(seatEvents).extracting(e -> e.data().toString()).anyMatch(d -> d.contains("RESULT_CORRECTED"));
    }

    @Test
    void a_seat_a_lapsed_contest_left_empty_validates_against_seat_left_empty_v1() {
        ElectionFixture f = new ElectionFixture();
        ElectionId id = f.openChairElect();
        String contest = id.contestId("CHAIR_ELECT");
        f.vote(contest, "CA", "n1");
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(id);
        f.counting.count(contest, secretary());
        f.at(T.plus(Duration.ofDays(13)));
        f.timekeeping.catchUp(id);
        ExecutiveCommittees committees = new ExecutiveCommittees(EventStreams.of(f.store));
        Seating seating = new Seating(committees, () -> List.of(f.elections.get(id)), f.roll, f.positions, f.clock);
        f.at(Instant.parse("2027-07-01T07:00:01Z"));
        seating.catchUp();

        EventSchemas schemas = EventSchemas.inRepository();
        List<RecordedEvent> seatEvents = committees.history(ExecutiveCommittee.ID);
        seatEvents.forEach(schemas::validate);
        assertThat(seatEvents).extracting(RecordedEvent::type).containsExactly("charter.election.SeatLeftEmpty.v1");
    }
}
