package org.charter.audit.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.Lines;
import org.charter.budget.proposal.BudgetYear;
import org.charter.budget.proposal.ProposalId;
import org.charter.committee.motion.CommitteeRef;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.Ballot;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollResult;
import org.charter.committee.poll.PollType;
import org.charter.committee.poll.Tallying;
import org.charter.committee.vote.Vote;
import org.charter.committee.vote.VoteId;
import org.charter.membership.member.DecisionRef;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.Ruling;
import org.charter.membership.member.Tier;
import org.charter.voting.consensus.RoundOutcome;

/**
 * The scripted governance history replay is tested on, made with the services' own commands:
 * two members registered, admitted, one suspended and reinstated; a policy motion through a
 * blocked first consensus round, a revision and an adopted second round, each member's positions
 * in its own vote stream; a second motion whose round's recorded result was forged (a block
 * recorded as consensus); a budget proposed and submitted.
 */
public final class Governance {

    public static final Instant JAN = Instant.parse("2026-01-05T10:00:00Z");
    public static final Instant FEB = Instant.parse("2026-02-02T10:00:00Z");
    public static final Instant MAR = Instant.parse("2026-03-02T10:00:00Z");
    public static final Instant APR = Instant.parse("2026-04-06T10:00:00Z");
    public static final Instant JUN = Instant.parse("2026-06-01T10:00:00Z");

    public static final String MOTION = "m-replay0001";
    public static final String FIRST_ROUND = MOTION + "-1";
    public static final String SECOND_ROUND = MOTION + "-2";
    /** A motion whose only round's recorded result was tampered with: PR blocked, the record says consensus. */
    public static final String TAMPERED_MOTION = "m-tampered01";
    public static final String TAMPERED_POLL = TAMPERED_MOTION + "-1";
    public static final String FISCAL_YEAR = "FY2027";
    public static final List<String> MEMBERS = List.of("GU", "PR");

    private Governance() {
    }

    public static Script script(Function<Object, Object> render) {
        Script script = new Script(render);
        members(script);
        motion(script);
        budget(script);
        return script;
    }

    private static void members(Script script) {
        for (String id : MEMBERS) {
            var registered = Member.register(MemberId.of(id), "Member " + id, MemberKind.TERRITORY, Tier.GOVERNING, JAN, JAN);
            Member member = Member.replay(registered);
            script.created("membership", id, registered, JAN);
            script.note("member", id, member, JAN);
            script.record("membership", id, member, member.admit(Ruling.immediate(FEB, DecisionRef.minutes("GB-2026-02")), FEB), FEB);
            script.note("member", id, member, FEB);
            if (id.equals("GU")) {
                script.record("membership", id, member, member.suspend("fees unpaid",
                        Ruling.immediate(APR, DecisionRef.minutes("GB-2026-04")), APR), APR);
                script.note("member", id, member, APR);
                script.record("membership", id, member, member.reinstate(
                        Ruling.immediate(JUN, DecisionRef.minutes("GB-2026-06")), JUN), JUN);
                script.note("member", id, member, JUN);
            }
        }
    }

    private static void motion(Script script) {
        String stream = MotionId.of(MOTION).streamId();
        var proposed = Motion.propose(MotionId.of(MOTION), "Open data policy", "Be it resolved that data is open.",
                MotionKind.POLICY_ADOPTION, CommitteeRef.GOVERNING_BOARD, null, "secretary-1", JAN);
        Motion motion = Motion.replay(proposed);
        script.created("committee", stream, proposed, JAN);
        script.note("motion", MOTION, motion, JAN);

        round(script, motion, FIRST_ROUND, FEB, Map.of("GU", Answer.SUPPORT, "PR", Answer.BLOCK), false);
        Instant revised = FEB.plus(Duration.ofDays(10));
        script.record("committee", stream, motion, motion.revise("Open data policy", "Be it resolved that public data is open.",
                "answers PR's block", "secretary-1", revised), revised);
        script.note("motion", MOTION, motion, revised);
        round(script, motion, SECOND_ROUND, MAR, Map.of("GU", Answer.SUPPORT, "PR", Answer.SUPPORT), false);

        var forgery = Motion.propose(MotionId.of(TAMPERED_MOTION), "Close the archive", "Be it resolved that the archive closes.",
                MotionKind.POLICY_ADOPTION, CommitteeRef.GOVERNING_BOARD, null, "secretary-1", MAR);
        Motion tampered = Motion.replay(forgery);
        script.created("committee", MotionId.of(TAMPERED_MOTION).streamId(), forgery, MAR);
        script.note("motion", TAMPERED_MOTION, tampered, MAR);
        round(script, tampered, TAMPERED_POLL, APR, Map.of("GU", Answer.SUPPORT, "PR", Answer.BLOCK), true);
    }

    /**
     * Opens a consensus round, records each member's position in its own vote stream, closes the
     * round and counts it with the committee's own {@link Tallying}; {@code forged}: the result
     * recorded is not the count but a consensus with no block (a tampered result).
     */
    private static void round(Script script, Motion motion, String pollId, Instant opens, Map<String, Answer> answers,
                              boolean forged) {
        String stream = motion.id().streamId();
        String motionId = motion.id().value();
        Instant closes = opens.plus(Duration.ofDays(7));
        PollId poll = PollId.parse(pollId);
        script.record("committee", stream, motion, motion.scheduleOpen(PollType.CONSENSUS_ROUND, opens, closes, MEMBERS, opens),
                opens);
        script.note("motion", motionId, motion, opens);
        script.note("poll", pollId, motion.poll(poll), opens);
        List<Ballot> ballots = new ArrayList<>();
        Instant at = opens.plus(Duration.ofHours(1));
        for (var answer : answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String member = answer.getKey();
            Vote vote = Vote.none(new VoteId(poll, member));
            String reason = answer.getValue() == Answer.BLOCK ? "against the mission" : null;
            script.record("committee", new VoteId(poll, member).streamId(), vote,
                    vote.answer(PollType.CONSENSUS_ROUND, answer.getValue(), reason, "person-" + member, at), at);
            ballots.addAll(vote.ballots());
            at = at.plusSeconds(60);
        }
        script.record("committee", stream, motion, motion.close(poll, closes), closes);
        script.note("motion", motionId, motion, closes);
        script.note("poll", pollId, motion.poll(poll), closes);
        PollResult result = Tallying.count(motion.poll(poll), closes, ballots, Map.of());
        if (forged) {
            result = forgedConsensus((PollResult.Round) result);
        }
        Instant counted = closes.plusSeconds(1);
        script.record("committee", stream, motion, motion.count(poll, result), counted);
        script.note("motion", motionId, motion, counted);
        script.note("poll", pollId, motion.poll(poll), counted);
    }

    /** The counted round as a forger would record it: every block turned into support, and consensus. */
    private static PollResult.Round forgedConsensus(PollResult.Round real) {
        var c = real.counts();
        var counts = new PollResult.RoundCounts(c.electorate(), c.quorum(), c.withPosition(), c.supporting() + c.blocking(),
                c.standingAside(), 0);
        var positions = real.positions().stream().map(p -> p.position() == Answer.BLOCK
                ? new PollResult.RollCallPosition(p.member(), Answer.SUPPORT, null, p.takenAt(), p.takenBy(), p.positionsTaken())
                : p).toList();
        return new PollResult.Round(RoundOutcome.CONSENSUS, "3S ≥ 2R", "consensus: nobody blocked", counts, positions,
                List.of(), real.rightsLost());
    }

    private static void budget(Script script) {
        FiscalYear year = FiscalYear.of(FISCAL_YEAR);
        String stream = BudgetYear.KIND.streamOf(year);
        BudgetYear budget = BudgetYear.empty(year);
        Lines lines = Lines.of(BudgetLine.revenue("GRANTS", "Foundation grant", 500_000_00L),
                BudgetLine.expense("STAFF", "Secretariat", 500_000_00L));
        script.record("budget", stream, budget, budget.proposeBudget(lines, "treasurer-1", MAR), MAR);
        script.note("budget", FISCAL_YEAR, budget, MAR);
        ProposalId proposal = budget.proposals().iterator().next().id();
        script.record("budget", stream, budget, budget.submit(proposal, "treasurer-1", APR), APR);
        script.note("budget", FISCAL_YEAR, budget, APR);
    }
}
