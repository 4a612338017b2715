package org.charter.committee.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.CommitteeFixture.WEEK;
import static org.charter.committee.CommitteeFixture.alternateOf;
import static org.charter.committee.CommitteeFixture.delegate;
import static org.charter.committee.CommitteeFixture.delegateOf;
import static org.charter.committee.CommitteeFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import java.time.Instant;
import org.charter.committee.CommitteeFixture;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollType;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** Who may answer a poll, when, and how often (DOMAIN.md §1.5, §4.1, §8.5–8.8). */
class CastingVotesTest {

    private final CommitteeFixture committee = CommitteeFixture.withBoard(9);

    private PollId openVote() {
        return committee.poll(committee.propose(MotionKind.FEE_SCHEDULE), PollType.FORMAL_VOTE);
    }

    private PollId openRound() {
        return committee.poll(committee.propose(MotionKind.POLICY_ADOPTION), PollType.CONSENSUS_ROUND);
    }

    @Test
    void a_delegate_casts_its_members_vote_once_and_a_second_vote_by_anyone_is_refused() {
        PollId poll = openVote();
        committee.answer(poll, delegateOf("M1"), Answer.YES);
        int appends = committee.appends();

        refused(Conflict.class, "ALREADY_VOTED", () -> committee.answer(poll, delegateOf("M1"), Answer.NO));
        refused(Conflict.class, "ALREADY_VOTED", () -> committee.answer(poll, alternateOf("M1"), Answer.NO));

        assertThat(committee.appends()).isEqualTo(appends);
        assertThat(committee.votes.get(new VoteId(poll, "M1")).ballots()).hasSize(1);
    }

    @Test
    void a_poll_closed_after_a_vote_read_it_open_refuses_the_next_vote() {
        PollId poll = openVote();
        committee.answer(poll, delegateOf("M1"), Answer.YES);
        committee.clock.advance(Duration.ofMinutes(1));

        committee.timekeeping.closeNow(poll, secretary());

        refused(Conflict.class, "POLL_CLOSED", () -> committee.answer(poll, delegateOf("M2"), Answer.YES));
        assertThat(committee.votes.find(new VoteId(poll, "M2"))).isEmpty();
    }

    @Test
    void an_alternate_may_cast_the_vote_when_the_delegate_has_not() {
        PollId poll = openVote();

        committee.answer(poll, alternateOf("M2"), Answer.ABSTAIN);

        assertThat(committee.votes.get(new VoteId(poll, "M2")).ballots().get(0).castBy()).isEqualTo("m2-alt");
    }

    @Test
    void in_a_consensus_round_a_later_position_replaces_the_earlier_and_both_are_kept() {
        PollId round = openRound();
        committee.answer(round, delegateOf("M1"), Answer.BLOCK, "against the mission");
        committee.clock.advance(Duration.ofMinutes(1));
        committee.answer(round, alternateOf("M1"), Answer.SUPPORT);
        committee.answers(round, 2, 5, Answer.SUPPORT);

        Poll closed = committee.close(round);

        PollResult.Round result = (PollResult.Round) closed.result().orElseThrow();
        assertThat(result.outcome().name()).isEqualTo("CONSENSUS");
        assertThat(result.positions().get(0).positionsTaken()).isEqualTo(2);
        assertThat(committee.votes.get(new VoteId(round, "M1")).ballots()).extracting(b -> b.answer())
                .containsExactly(Answer.BLOCK, Answer.SUPPORT);
    }

    @Test
    void a_reservation_or_a_block_without_its_reason_is_refused() {
        PollId round = openRound();
        int appends = committee.appends();

        refused(RuleViolation.class, "REASON_REQUIRED", () -> committee.answer(round, delegateOf("M1"), Answer.BLOCK, " "));
        refused(RuleViolation.class, "REASON_REQUIRED",
                () -> committee.answer(round, delegateOf("M1"), Answer.SUPPORT_WITH_RESERVATIONS, null));

        assertThat(committee.appends()).isEqualTo(appends);
    }

    @Test
    void an_answer_of_the_other_kind_of_poll_is_refused_naming_the_field() {
        PollId vote = openVote();

        RuleViolation refusal = refused(RuleViolation.class, "INVALID_CHOICE",
                () -> committee.answer(vote, delegateOf("M1"), Answer.SUPPORT));
        assertThat(refusal.getMessage()).startsWith("choice:").contains("YES, NO, ABSTAIN");
        refused(RuleViolation.class, "REASON_NOT_ALLOWED", () -> committee.answer(vote, delegateOf("M1"), Answer.YES, "why"));
    }

    @Test
    void affiliates_licensees_and_strangers_are_not_eligible() {
        committee.roll.add("PR").affiliate(CommitteeFixture.NOW.minus(Duration.ofDays(30))).delegate("pr-del", CommitteeFixture.NOW);
        PollId poll = openVote();

        refused(Forbidden.class, "NOT_ELIGIBLE", () -> committee.answer(poll, delegate("pr-del", "PR"), Answer.YES));
        refused(Forbidden.class, "NOT_ELIGIBLE", () -> committee.answer(poll, delegate("nobody", "XX"), Answer.YES));
    }

    @Test
    void a_member_admitted_after_opening_sits_the_poll_out() {
        PollId poll = openVote();
        committee.roll.add("GU").governing(committee.clock.instant().plusSeconds(1)).delegate("gu-del", committee.clock.instant());
        committee.clock.advance(Duration.ofMinutes(1));

        refused(Forbidden.class, "NOT_ELIGIBLE", () -> committee.answer(poll, delegate("gu-del", "GU"), Answer.YES));
    }

    @Test
    void a_person_who_is_not_the_members_delegate_or_alternate_is_refused() {
        PollId poll = openVote();

        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> committee.answer(poll, delegate("m2-del", "M1"), Answer.YES));
        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> committee.answer(poll, delegate("m1-del", null), Answer.YES));
    }

    @Test
    void a_delegate_replaced_mid_poll_is_refused_from_then_and_the_new_one_may_vote() {
        PollId poll = openVote();
        Instant replaced = committee.clock.instant().plus(Duration.ofHours(1));
        committee.roll.add("M3").delegate("m3-new", replaced);
        committee.clock.advance(Duration.ofHours(2));

        refused(Forbidden.class, "NOT_MEMBER_DELEGATE", () -> committee.answer(poll, delegateOf("M3"), Answer.YES));
        committee.answer(poll, delegate("m3-new", "M3"), Answer.YES);
    }

    @Test
    void a_vote_cast_before_the_replacement_stands_and_the_new_delegate_gets_no_second() {
        PollId poll = openVote();
        committee.answer(poll, delegateOf("M3"), Answer.NO);
        committee.roll.add("M3").delegate("m3-new", committee.clock.instant().plusSeconds(1));
        committee.clock.advance(Duration.ofMinutes(1));

        refused(Conflict.class, "ALREADY_VOTED", () -> committee.answer(poll, delegate("m3-new", "M3"), Answer.YES));
    }

    @Test
    void rights_lost_inside_the_window_refuse_later_votes_but_keep_the_member_in_n_and_an_earlier_vote_counts() {
        PollId poll = openVote();
        committee.answer(poll, delegateOf("M1"), Answer.YES);
        Instant suspended = committee.clock.instant().plus(Duration.ofHours(1));
        committee.roll.add("M1").suspended(suspended, committee.clock.instant());
        committee.roll.add("M2").suspended(suspended, committee.clock.instant());
        committee.clock.advance(Duration.ofHours(2));

        refused(Forbidden.class, "MEMBER_NOT_IN_GOOD_STANDING", () -> committee.answer(poll, delegateOf("M2"), Answer.YES));
        committee.answers(poll, 3, 7, Answer.YES);
        PollResult.Vote result = (PollResult.Vote) committee.close(poll).result().orElseThrow();

        assertThat(result.counts().electorate()).isEqualTo(9);
        assertThat(result.counts().yes()).isEqualTo(6);
        assertThat(result.rightsLost()).containsKeys("M1", "M2");
    }

    @Test
    void before_opening_the_poll_is_not_open_and_at_closing_it_is_closed_by_server_time() {
        MotionId motion = committee.propose(MotionKind.FEE_SCHEDULE);
        Instant opens = committee.clock.instant().plus(Duration.ofHours(1));
        Instant closes = opens.plus(WEEK);
        committee.scheduling.schedule(motion, PollType.FORMAL_VOTE, opens, closes, secretary());
        PollId poll = new PollId(motion.value(), 1);

        refused(Conflict.class, "POLL_NOT_OPEN", () -> committee.answer(poll, delegateOf("M1"), Answer.YES));
        committee.clock.set(opens);
        committee.answer(poll, delegateOf("M1"), Answer.YES);
        assertThat(committee.motion(motion).poll(poll).electorate().size()).isEqualTo(9);
        committee.clock.set(closes.minusNanos(1));
        committee.answer(poll, delegateOf("M2"), Answer.YES);
        committee.clock.set(closes);
        refused(Conflict.class, "POLL_CLOSED", () -> committee.answer(poll, delegateOf("M3"), Answer.YES));
    }

    @Test
    void the_electorate_is_frozen_at_opening_even_when_the_opening_is_recorded_later() {
        MotionId motion = committee.propose(MotionKind.FEE_SCHEDULE);
        Instant opens = committee.clock.instant().plus(Duration.ofHours(1));
        committee.scheduling.schedule(motion, PollType.FORMAL_VOTE, opens, opens.plus(WEEK), secretary());
        // recorded after opensAt, back-dated to before it: must not change who could vote
        committee.clock.set(opens.plus(Duration.ofHours(3)));
        committee.roll.add("M9").suspended(opens.minus(Duration.ofMinutes(5)), opens.plus(Duration.ofHours(2)));
        committee.roll.add("GU").standing(org.charter.membershiproll.member.MemberStatus.ACTIVE,
                org.charter.membershiproll.member.Tier.GOVERNING, opens.minusSeconds(1), opens.plus(Duration.ofHours(2)));

        var opened = committee.timekeeping.catchUp(motion, "late").poll(new PollId(motion.value(), 1));

        assertThat(opened.electorate().members()).contains("M9").doesNotContain("GU").hasSize(9);
    }
}
