package org.charter.committee.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.committee.BodiesFixture.NOW;
import static org.charter.committee.committee.BodiesFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.ProposingMotions.ProposeMotion;
import org.charter.committee.motion.Subject;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollType;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.voting.decision.Threshold;
import org.junit.jupiter.api.Test;

/**
 * The Executive Committee's seats follow the election's facts, and its polls are voted by the
 * seat holders (DOMAIN.md §2.2: one vote per holder, quorum a majority of filled seats,
 * {@code MAJORITY_CAST}; §5.7: the seats follow the elections).
 */
class ExecutiveCommitteePollsTest {

    private static final Instant T1 = NOW.minus(Duration.ofDays(20));
    private static final Instant T2 = NOW.minus(Duration.ofDays(10));

    private final BodiesFixture bodies = BodiesFixture.withBoard(9);

    // ---------------------------------------------------------------- seats following the election

    @Test
    void the_seats_follow_the_elections_facts_in_whatever_order_they_arrive_and_a_redelivery_records_nothing() {
        List<RecordedEvent> facts = List.of(
                fact(vacated("CHAIR_ELECT", 1, "m2-lead", "M2", T1, "RESIGNED")),
                fact(taken("CHAIR_ELECT", 1, "m5-lead", "M5", T2, "INTERIM")),
                fact(taken("AT_LARGE_K12", 2, "m6-lead", "M6", T1, "ELECTED")));
        BodiesFixture inOrder = BodiesFixture.withBoard(9);
        BodiesFixture reversed = BodiesFixture.withBoard(9);
        inOrder.executiveRoster("M1", "M2", "M3");
        reversed.executiveRoster("M1", "M2", "M3");

        facts.forEach(inOrder.followingSeats::on);
        for (int i = facts.size() - 1; i >= 0; i--) {
            reversed.followingSeats.on(facts.get(i));
        }
        int appends = reversed.appends();
        facts.forEach(reversed.followingSeats::on);

        assertThat(reversed.appends()).as("a redelivered fact is recorded once").isEqualTo(appends);
        for (Instant at : List.of(T1.minusSeconds(1), T1, T2.minusSeconds(1), T2, NOW)) {
            assertThat(holders(reversed, at)).as("as of " + at).isEqualTo(holders(inOrder, at));
        }
        assertThat(holders(inOrder, T1.minusSeconds(1))).containsExactly("CHAIR:m1-lead", "CHAIR_ELECT:m2-lead",
                "PAST_CHAIR:m3-lead");
        assertThat(holders(inOrder, T1)).containsExactly("CHAIR:m1-lead", "PAST_CHAIR:m3-lead", "AT_LARGE_K12:m6-lead");
        assertThat(holders(inOrder, NOW)).containsExactly("CHAIR:m1-lead", "CHAIR_ELECT:m5-lead", "PAST_CHAIR:m3-lead",
                "AT_LARGE_K12:m6-lead");
        Roster.Seat interim = inOrder.roster(CommitteeId.EXECUTIVE_COMMITTEE).seats().get(1);
        assertThat(interim.reason()).isEqualTo("INTERIM");
        assertThat(interim.since()).isEqualTo(T2);
    }

    @Test
    void seat_vacated_v3_for_a_corrected_result_is_followed_and_v1_v2_are_read_as_v3() {
        org.charter.platform.event.EventJson json = new org.charter.platform.event.EventJson(
                org.charter.platform.event.EventTypes.of("committee", ElectionFact.SeatVacated.class,
                        ElectionFact.SeatVacatedV2.class, ElectionFact.SeatVacatedV1.class));
        String vacated = "{\"position\":\"CHAIR_ELECT\",\"seat\":1,\"personId\":\"m2-lead\",\"memberId\":\"M2\","
                + "\"vacatedAt\":\"" + T1 + "\",\"reason\":\"RESULT_CORRECTED\"}";
        ElectionFact v3 = (ElectionFact) json.read("charter.election.SeatVacated.v3", vacated);
        ElectionFact v2 = (ElectionFact) json.read("charter.election.SeatVacated.v2", vacated.replace("RESULT_CORRECTED", "RESIGNED"));
        ElectionFact v1 = (ElectionFact) json.read("charter.election.SeatVacated.v1", vacated.replace("RESULT_CORRECTED", "RESIGNED"));
        assertThat(v3).isEqualTo(vacated("CHAIR_ELECT", 1, "m2-lead", "M2", T1, "RESULT_CORRECTED"));
        assertThat(((ElectionFact.SeatVacatedV2) v2).asCurrent()).isEqualTo(vacated("CHAIR_ELECT", 1, "m2-lead", "M2", T1, "RESIGNED"));
        assertThat(((ElectionFact.SeatVacatedV1) v1).asCurrent()).isEqualTo(vacated("CHAIR_ELECT", 1, "m2-lead", "M2", T1, "RESIGNED"));

        for (ElectionFact fact : List.of(v3, v2, v1)) {
            BodiesFixture following = BodiesFixture.withBoard(9);
            following.executiveRoster("M1", "M2", "M3");
            following.followingSeats.on(fact(fact));
            following.followingSeats.on(fact(taken("CHAIR_ELECT", 1, "m5-lead", "M5", T1, "ELECTED")));
            assertThat(holders(following, NOW)).as(fact.getClass().getSimpleName())
                    .containsExactly("CHAIR:m1-lead", "CHAIR_ELECT:m5-lead", "PAST_CHAIR:m3-lead");
        }
    }

    @Test
    void a_person_the_election_seats_replaces_the_rosters_holder_before_that_holders_leaving_is_known() {
        bodies.executiveRoster("M1", "M2");

        bodies.followingSeats.on(fact(taken("CHAIR", 1, "m2-lead", "M2", T2, "STEPPED_UP")));

        assertThat(holders(bodies, T2.minusSeconds(1))).containsExactly("CHAIR:m1-lead", "CHAIR_ELECT:m2-lead");
        assertThat(holders(bodies, NOW)).startsWith("CHAIR:m2-lead");
    }

    @Test
    void an_electorate_frozen_before_a_seating_was_recorded_does_not_see_it() {
        bodies.executiveRoster("M1", "M2", "M3");
        Instant recorded = bodies.clock.instant();

        bodies.followingSeats.on(fact(taken("AT_LARGE_K12", 1, "m4-lead", "M4", T1, "ELECTED")));

        assertThat(bodies.rosters.votingMembersAt(CommitteeId.EXECUTIVE_COMMITTEE, NOW, recorded.minusSeconds(1)))
                .containsExactly("M1", "M2", "M3");
        assertThat(bodies.rosters.votingMembersAt(CommitteeId.EXECUTIVE_COMMITTEE, NOW, recorded))
                .containsExactly("M1", "M2", "M3", "M4");
    }

    // ---------------------------------------------------------------- motions and polls

    @Test
    void budget_and_fee_motions_are_put_to_the_executive_committee_and_no_other_kind_is() {
        int appends = bodies.appends();

        refused(RuleViolation.class, "NOT_DECIDED_BY_COMMITTEE", () -> propose(MotionKind.POLICY_ADOPTION, null));
        refused(RuleViolation.class, "UNKNOWN_COMMITTEE", () -> bodies.proposing.propose(new ProposeMotion("Advice",
                "1. Advise.", MotionKind.BUDGET_ADOPTION, "TECHNICAL_ADVISORY", null), secretary()));

        assertThat(bodies.appends()).isEqualTo(appends);
        for (MotionKind kind : List.of(MotionKind.BUDGET_ADOPTION, MotionKind.BUDGET_AMENDMENT, MotionKind.FEE_SCHEDULE)) {
            assertThat(bodies.motions.get(propose(kind, budget())).committee().id()).isEqualTo("EXECUTIVE_COMMITTEE");
        }
    }

    @Test
    void an_executive_committee_poll_is_voted_by_its_seat_holders_once_each_and_adopted_by_a_majority_cast() {
        bodies.executiveRoster("M1", "M2", "M3", "M4", "M5");
        PollId poll = openVote(propose(MotionKind.BUDGET_ADOPTION, budget()));
        Poll opened = bodies.motions.get(MotionId.of(poll.motionId())).poll(poll);
        assertThat(opened.electorate().members()).containsExactly("M1", "M2", "M3", "M4", "M5");
        assertThat(opened.threshold()).as("the EC's votes, not the Board's MAJORITY_ALL").isEqualTo(Threshold.MAJORITY_CAST);

        bodies.casting.answer(poll, Answer.YES, null, holder("m1-lead", "M1"));
        bodies.casting.answer(poll, Answer.YES, null, holder("m2-lead", "M2"));
        bodies.casting.answer(poll, Answer.NO, null, holder("m3-lead", "M3"));
        int appends = bodies.appends();

        Forbidden stranger = refused(Forbidden.class, "NOT_ELIGIBLE", () -> bodies.casting.answer(poll, Answer.YES, null,
                holder("m6-del", "M6")));
        assertThat(stranger.getMessage()).contains("m6-del holds no Executive Committee seat", "seat holders");
        refused(Conflict.class, "ALREADY_VOTED", () -> bodies.casting.answer(poll, Answer.NO, null, holder("m1-lead", "M1")));
        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> bodies.casting.answer(poll, Answer.NO, null,
                holder("m4-lead", "M9")));
        assertThat(bodies.appends()).isEqualTo(appends);

        PollResult.Vote result = (PollResult.Vote) close(poll).result().orElseThrow();
        assertThat(result.outcome()).isEqualTo(PollResult.VoteOutcome.ADOPTED);
        assertThat(result.counts().electorate()).isEqualTo(5);
        assertThat(result.counts().quorum()).as("a majority of the filled seats").isEqualTo(3);
        assertThat(result.rollCall()).extracting(PollResult.RollCallVote::member).containsExactly("M1", "M2", "M3");
    }

    @Test
    void a_holder_seated_after_the_poll_opened_sits_it_out_and_one_who_left_the_seat_votes_no_more() {
        bodies.executiveRoster("M1", "M2", "M3");
        PollId poll = openVote(propose(MotionKind.FEE_SCHEDULE, null));
        bodies.clock.advance(Duration.ofMinutes(5));
        Instant left = bodies.clock.instant();
        bodies.followingSeats.on(fact(vacated("CHAIR_ELECT", 1, "m2-lead", "M2", left, "RESIGNED")));
        bodies.followingSeats.on(fact(taken("CHAIR_ELECT", 1, "m6-lead", "M6", left, "INTERIM")));
        bodies.clock.advance(Duration.ofMinutes(1));

        Forbidden late = refused(Forbidden.class, "NOT_ELIGIBLE", () -> bodies.casting.answer(poll, Answer.YES, null,
                holder("m6-lead", "M6")));
        Forbidden gone = refused(Forbidden.class, "MEMBER_NOT_IN_GOOD_STANDING", () -> bodies.casting.answer(poll, Answer.YES,
                null, holder("m2-lead", "M2")));

        assertThat(late.getMessage()).contains("M6", "seat was taken after the poll opened");
        assertThat(gone.getMessage()).contains("m2-lead held M2's Executive Committee seat");
        assertThat(close(poll).electorate().size()).as("N never changes").isEqualTo(3);
    }

    @Test
    void an_executive_committee_poll_with_no_seat_filled_is_refused_for_want_of_an_electorate() {
        MotionId motion = propose(MotionKind.BUDGET_AMENDMENT, budget());
        int appends = bodies.appends();

        Conflict refusal = refused(Conflict.class, "NO_ELECTORATE", () -> openVote(motion));

        assertThat(refusal.getMessage()).contains("no Executive Committee seat was filled");
        assertThat(bodies.appends()).isEqualTo(appends);
    }

    // ---------------------------------------------------------------- helpers

    private MotionId propose(MotionKind kind, Subject subject) {
        return bodies.proposing.propose(new ProposeMotion("FY2027 budget", "1. Adopt the FY2027 budget.", kind,
                "EXECUTIVE_COMMITTEE", subject), secretary()).state().id();
    }

    private static Subject budget() {
        return new Subject(null, null, "FY2027-B1", 1);
    }

    private PollId openVote(MotionId motion) {
        Instant now = bodies.clock.instant();
        var scheduled = bodies.schedulingPolls.schedule(motion, PollType.FORMAL_VOTE, now, now.plus(Duration.ofDays(7)),
                secretary()).state();
        return scheduled.polls().get(scheduled.polls().size() - 1).id();
    }

    private Poll close(PollId poll) {
        bodies.clock.advance(Duration.ofSeconds(1));
        return bodies.timekeeping.closeNow(poll, secretary()).poll(poll);
    }

    private static CommandContext holder(String person, String member) {
        return new CommandContext(new Actor(person, "delegate", member), UUID.randomUUID().toString(), null);
    }

    private static List<String> holders(BodiesFixture fixture, Instant at) {
        List<String> held = new ArrayList<>();
        for (Roster.Seat seat : fixture.roster(CommitteeId.EXECUTIVE_COMMITTEE, at).seats()) {
            held.add(seat.position() + ":" + seat.personId());
        }
        return held;
    }

    private static ElectionFact.SeatTaken taken(String position, int seat, String person, String member, Instant at,
                                                String reason) {
        return new ElectionFact.SeatTaken(position, seat, person, "Lead of " + member, member, LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30), at, reason);
    }

    private static ElectionFact.SeatVacated vacated(String position, int seat, String person, String member, Instant at,
                                                    String reason) {
        return new ElectionFact.SeatVacated(position, seat, person, member, at, reason);
    }

    private static RecordedEvent fact(ElectionFact data) {
        return BodiesFixture.electionEvent(data);
    }
}
