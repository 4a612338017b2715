package org.charter.committee.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.CommitteeFixture.WEEK;
import static org.charter.committee.CommitteeFixture.secretary;
import static org.charter.platform.test.Refusals.refused;

import java.time.Duration;
import org.charter.committee.CommitteeFixture;
import org.charter.membershiproll.member.Tier;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Poll;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollStatus;
import org.charter.committee.poll.PollType;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.RuleViolation;
import org.charter.voting.consensus.RoundOutcome;
import org.charter.voting.decision.Threshold;
import org.junit.jupiter.api.Test;

/** The order of a motion's steps (DOMAIN.md §3, §4.3–4.4), through the use cases on the in-memory store. */
class MotionStepsTest {

    private final CommitteeFixture committee = CommitteeFixture.withBoard(9);

    @Test
    void a_policy_reaching_consensus_in_round_one_is_adopted() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        PollId round = committee.poll(motion, PollType.CONSENSUS_ROUND);
        committee.answers(round, 1, 5, Answer.SUPPORT);
        committee.answer(round, CommitteeFixture.delegateOf("M6"), Answer.STAND_ASIDE);

        Poll closed = committee.close(round);

        assertThat(closed.result()).get().extracting(PollResult::outcomeName).isEqualTo("CONSENSUS");
        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.ADOPTED);
        assertThat(committee.motion(motion).nextStep()).isEqualTo("NONE");
    }

    @Test
    void a_formal_vote_on_a_policy_before_its_rounds_failed_is_the_wrong_step() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        int appends = committee.appends();

        refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.FORMAL_VOTE));

        assertThat(committee.appends()).isEqualTo(appends);
    }

    @Test
    void a_policy_blocked_in_three_rounds_goes_to_a_formal_vote_at_two_thirds_of_those_cast() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        for (int r = 1; r <= 3; r++) {
            PollId round = committee.poll(motion, PollType.CONSENSUS_ROUND);
            committee.answers(round, 1, 6, Answer.SUPPORT);
            committee.answer(round, CommitteeFixture.delegateOf("M7"), Answer.BLOCK, "against the mission");
            assertThat(committee.close(round).result().orElseThrow().outcomeName()).isEqualTo("BLOCKED");
            if (r < 3) {
                refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.CONSENSUS_ROUND));
                committee.revise(motion, "1. Publish item statistics.\n2. Yearly.\n3. Answer to M7, round " + r);
            }
        }
        refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.CONSENSUS_ROUND));
        refused(Conflict.class, "WRONG_STEP", () -> committee.revise(motion, "a fourth version"));
        assertThat(committee.motion(motion).nextStep()).isEqualTo("FORMAL_VOTE");

        PollId vote = committee.poll(motion, PollType.FORMAL_VOTE);
        committee.answers(vote, 1, 6, Answer.YES);
        committee.answers(vote, 7, 9, Answer.NO);
        Poll closed = committee.close(vote);

        PollResult.Vote result = (PollResult.Vote) closed.result().orElseThrow();
        assertThat(result.threshold()).isEqualTo(Threshold.TWO_THIRDS_CAST);
        assertThat(result.outcome()).isEqualTo(PollResult.VoteOutcome.ADOPTED); // 3×6 = 18 ≥ 2×9
        assertThat(result.explanation()).contains("3×6 = 18 ≥ 2×9 = 18 holds");
        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.ADOPTED);
        assertThat(committee.motion(motion).currentText().number()).isEqualTo(3);
    }

    @Test
    void two_rounds_in_a_row_without_quorum_lapse_the_motion() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        PollId first = committee.poll(motion, PollType.CONSENSUS_ROUND);
        committee.answers(first, 1, 4, Answer.SUPPORT); // R = 4 < Q = 5
        assertThat(committee.close(first).result().orElseThrow().outcomeName()).isEqualTo("NO_QUORUM");
        assertThat(committee.motion(motion).nextStep()).isEqualTo("CONSENSUS_ROUND"); // nothing to answer: no revision owed

        PollId second = committee.poll(motion, PollType.CONSENSUS_ROUND);
        committee.close(second);

        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.LAPSED);
        refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.CONSENSUS_ROUND));
    }

    @Test
    void the_text_is_frozen_while_a_poll_is_pending_and_after_adoption() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        PollId round = committee.poll(motion, PollType.CONSENSUS_ROUND);

        refused(Conflict.class, "WRONG_STEP", () -> committee.revise(motion, "changed while the round is open"));
        refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.CONSENSUS_ROUND));

        committee.answers(round, 1, 9, Answer.SUPPORT);
        committee.close(round);
        refused(Conflict.class, "WRONG_STEP", () -> committee.revise(motion, "changed after adoption"));
    }

    @Test
    void a_revision_must_change_the_text() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);

        refused(RuleViolation.class, "REVISION_UNCHANGED",
                () -> committee.revise(motion, committee.motion(motion).currentText().text()));
    }

    @Test
    void kinds_decided_by_vote_are_polled_at_once_and_never_by_consensus() {
        MotionId motion = committee.propose(MotionKind.BUDGET_AMENDMENT);

        refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.CONSENSUS_ROUND));
        PollId vote = committee.poll(motion, PollType.FORMAL_VOTE);
        committee.answers(vote, 1, 3, Answer.YES);
        committee.answers(vote, 4, 6, Answer.NO);

        PollResult.Vote result = (PollResult.Vote) committee.close(vote).result().orElseThrow();
        assertThat(result.outcome()).isEqualTo(PollResult.VoteOutcome.REJECTED); // Y = No under MAJORITY_CAST (§8.1)
        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.REJECTED);
    }

    @Test
    void a_vote_without_quorum_decides_nothing_and_another_vote_may_follow() {
        MotionId motion = committee.propose(MotionKind.FEE_SCHEDULE);
        PollId vote = committee.poll(motion, PollType.FORMAL_VOTE);
        committee.answers(vote, 1, 4, Answer.YES);

        assertThat(committee.close(vote).result().orElseThrow().outcomeName()).isEqualTo("NO_QUORUM");
        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.OPEN);
        assertThat(committee.poll(motion, PollType.FORMAL_VOTE).number()).isEqualTo(2);
    }

    @Test
    void a_second_formal_vote_in_a_row_without_quorum_lapses_the_motion() {
        MotionId motion = committee.propose(MotionKind.FEE_SCHEDULE);
        committee.close(committee.poll(motion, PollType.FORMAL_VOTE));
        PollId second = committee.poll(motion, PollType.FORMAL_VOTE);
        committee.answers(second, 1, 4, Answer.YES); // P = 4 < Q = 5

        assertThat(committee.close(second).result().orElseThrow().outcomeName()).isEqualTo("NO_QUORUM");
        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.LAPSED);
        assertThat(committee.motion(motion).nextStep()).isEqualTo("NONE");
        assertThat(committee.motions.history(motion)).extracting(e -> e.data())
                .contains(new MotionEvent.MotionLapsedWithoutQuorum(motion.value(), second.value(), 2));
        refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.FORMAL_VOTE));
    }

    @Test
    void votes_without_quorum_that_are_not_in_a_row_do_not_lapse_the_motion() {
        MotionId motion = committee.propose(MotionKind.FEE_SCHEDULE);
        committee.close(committee.poll(motion, PollType.FORMAL_VOTE)); // NO_QUORUM
        PollId quorate = committee.poll(motion, PollType.FORMAL_VOTE);
        committee.answers(quorate, 1, 5, Answer.ABSTAIN); // quorum met, C = 0: REJECTED (§8.3)...
        committee.close(quorate);

        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.REJECTED); // ...which decides it
    }

    @Test
    void a_round_lapse_and_a_vote_lapse_are_counted_apart() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        committee.close(committee.poll(motion, PollType.CONSENSUS_ROUND)); // NO_QUORUM
        PollId round2 = committee.poll(motion, PollType.CONSENSUS_ROUND);
        committee.answers(round2, 1, 9, Answer.STAND_ASIDE); // INSUFFICIENT_SUPPORT
        committee.close(round2);
        committee.close(committee.poll(motion, PollType.CONSENSUS_ROUND)); // NO_QUORUM, not in a row with round 1
        PollId vote = committee.poll(motion, PollType.FORMAL_VOTE);
        committee.close(vote); // the first vote without quorum: rounds do not count towards it

        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.OPEN);
        assertThat(committee.motion(motion).nextStep()).isEqualTo("FORMAL_VOTE");
    }

    @Test
    void an_admission_is_decided_at_the_threshold_of_the_tier_admitted_to() {
        committee.roll.add("GU").applicant(Tier.GOVERNING, CommitteeFixture.NOW.minus(Duration.ofDays(3)));
        committee.roll.add("PR").applicant(Tier.AFFILIATE, CommitteeFixture.NOW.minus(Duration.ofDays(3)));
        MotionId governing = committee.propose(MotionKind.ADMIT_MEMBER, new Subject("GU", null, null, null));
        MotionId affiliate = committee.propose(MotionKind.ADMIT_MEMBER, new Subject("PR", null, null, null));
        MotionId named = committee.propose(MotionKind.ADMIT_MEMBER, new Subject("XX", Tier.AFFILIATE, null, null));

        assertThat(committee.motion(governing).subject().tier()).isEqualTo(Tier.GOVERNING);
        assertThat(committee.motion(governing).kind().thresholdFor(committee.motion(governing).subject()))
                .isEqualTo(Threshold.TWO_THIRDS_CAST);
        assertThat(committee.motion(affiliate).kind().thresholdFor(committee.motion(affiliate).subject()))
                .isEqualTo(Threshold.MAJORITY_CAST);
        assertThat(committee.motion(named).subject().tier()).isEqualTo(Tier.AFFILIATE);

        PollId vote = committee.poll(governing, PollType.FORMAL_VOTE);
        committee.answers(vote, 1, 5, Answer.YES);
        committee.answers(vote, 6, 8, Answer.NO);
        PollResult.Vote result = (PollResult.Vote) committee.close(vote).result().orElseThrow();
        assertThat(result.outcome()).isEqualTo(PollResult.VoteOutcome.REJECTED); // 3×5 = 15 < 2×8 = 16
        assertThat(committee.motion(governing).poll(vote).threshold()).isEqualTo(Threshold.TWO_THIRDS_CAST);
    }

    @Test
    void an_admission_names_its_member_and_a_tier_that_has_a_threshold() {
        refused(RuleViolation.class, "SUBJECT_REQUIRED", () -> committee.propose(MotionKind.ADMIT_MEMBER));
        refused(RuleViolation.class, "SUBJECT_INVALID",
                () -> committee.propose(MotionKind.ADMIT_MEMBER, new Subject("ZZ", null, null, null)));
        refused(RuleViolation.class, "SUBJECT_INVALID",
                () -> committee.propose(MotionKind.ADMIT_MEMBER, new Subject("ZZ", Tier.LICENSEE, null, null)));
    }

    @Test
    void the_member_facing_removal_is_outside_the_electorate() {
        MotionId motion = committee.propose(MotionKind.REMOVAL, new Subject("M9", null, null, null));

        PollId vote = committee.poll(motion, PollType.FORMAL_VOTE);

        Poll poll = committee.motion(motion).poll(vote);
        assertThat(poll.excluded()).isEqualTo("M9");
        assertThat(poll.electorate().size()).isEqualTo(8);
        assertThat(poll.threshold()).isEqualTo(Threshold.TWO_THIRDS_ALL);
    }

    @Test
    void only_the_proposer_withdraws_and_only_between_polls() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        PollId round = committee.poll(motion, PollType.CONSENSUS_ROUND);

        refused(Conflict.class, "WRONG_STEP", () -> committee.revising.withdraw(motion, "no longer needed", secretary()));
        committee.close(round);
        refused(Forbidden.class, "NOT_PROPOSER", () -> committee.revising.withdraw(motion, null,
                CommitteeFixture.delegateOf("M1")));
        committee.revising.withdraw(motion, "no longer needed", secretary());

        assertThat(committee.motion(motion).status()).isEqualTo(MotionStatus.WITHDRAWN);
        refused(Conflict.class, "WRONG_STEP", () -> committee.poll(motion, PollType.CONSENSUS_ROUND));
    }

    @Test
    void a_poll_closes_after_it_opens_and_not_in_the_past() {
        MotionId motion = committee.propose(MotionKind.POLICY_ADOPTION);
        var now = committee.clock.instant();

        refused(RuleViolation.class, "POLL_WINDOW_INVALID", () -> committee.scheduling.schedule(motion,
                PollType.CONSENSUS_ROUND, now.plus(WEEK), now.plus(WEEK), secretary()));
        refused(RuleViolation.class, "POLL_WINDOW_OVER", () -> committee.scheduling.schedule(motion,
                PollType.CONSENSUS_ROUND, now.minus(WEEK), now.minusSeconds(1), secretary()));
    }

    @Test
    void a_poll_opening_now_without_anyone_to_vote_is_refused_and_records_nothing() {
        CommitteeFixture empty = new CommitteeFixture();
        MotionId motion = empty.propose(MotionKind.DISSOLUTION);
        int appends = empty.appends();

        refused(Conflict.class, "NO_ELECTORATE", () -> empty.poll(motion, PollType.FORMAL_VOTE));

        assertThat(empty.appends()).isEqualTo(appends);
    }

    @Test
    void a_scheduled_poll_that_finds_nobody_to_vote_when_it_opens_is_cancelled_and_frees_the_motion() {
        CommitteeFixture empty = new CommitteeFixture();
        MotionId motion = empty.propose(MotionKind.DISSOLUTION);
        var now = empty.clock.instant();
        empty.scheduling.schedule(motion, PollType.FORMAL_VOTE, now.plusSeconds(60), now.plus(WEEK), secretary());
        empty.clock.advance(Duration.ofMinutes(2));

        Motion after = empty.timekeeping.catchUp(motion, "tick");

        assertThat(after.polls().get(0).status()).isEqualTo(PollStatus.CANCELLED);
        assertThat(after.status()).isEqualTo(MotionStatus.OPEN);
    }

    @Test
    void round_outcomes_come_from_the_voting_library() {
        MotionId motion = committee.propose(MotionKind.PROCEDURE_AMENDMENT);
        PollId round = committee.poll(motion, PollType.CONSENSUS_ROUND);
        committee.answers(round, 1, 5, Answer.STAND_ASIDE);

        PollResult.Round result = (PollResult.Round) committee.close(round).result().orElseThrow();

        assertThat(result.outcome()).isEqualTo(RoundOutcome.INSUFFICIENT_SUPPORT); // all stand aside (§8.12)
        assertThat(result.counts().withPosition()).isEqualTo(5);
        assertThat(committee.motion(motion).nextStep()).isEqualTo("CONSENSUS_ROUND");
    }
}
