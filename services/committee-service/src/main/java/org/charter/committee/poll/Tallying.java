package org.charter.committee.poll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.charter.committee.poll.PollResult.RollCallPosition;
import org.charter.committee.poll.PollResult.RollCallVote;
import org.charter.committee.poll.PollResult.RoundCounts;
import org.charter.committee.poll.PollResult.VoteCounts;
import org.charter.committee.poll.PollResult.VoteOutcome;
import org.charter.voting.consensus.ConsensusRound;
import org.charter.voting.consensus.RoundOutcome;
import org.charter.voting.consensus.RoundResult;
import org.charter.voting.decision.CastVote;
import org.charter.voting.decision.DecisionResult;
import org.charter.voting.decision.Electorate;
import org.charter.voting.decision.Tally;

/**
 * Counts a closed poll with the {@code voting} library: the electorate frozen at opening, the
 * members whose rights were lost inside the window, the window as it closed, and the answers
 * recorded. Nothing here decides; it hands the library its inputs and records what it says.
 */
public final class Tallying {

    private Tallying() {
    }

    public static PollResult count(Poll poll, Instant closedAt, List<Ballot> ballots, Map<String, Instant> rightsLost) {
        Electorate electorate = poll.electorateWithRightsLost(rightsLost);
        Map<String, Instant> lost = new TreeMap<>();
        electorate.members().forEach(m -> electorate.rightsLostAt(m).ifPresent(at -> lost.put(m, at)));
        List<Ballot> inOrder = ballots.stream().sorted(Comparator.comparing(Ballot::at)).toList();
        return poll.type() == PollType.FORMAL_VOTE
                ? countVote(poll, electorate, closedAt, inOrder, lost)
                : countRound(electorate, closedAt, inOrder, lost);
    }

    private static PollResult.Vote countVote(Poll poll, Electorate electorate, Instant closedAt, List<Ballot> ballots,
                                             Map<String, Instant> lost) {
        var formal = new org.charter.voting.decision.Poll(electorate, closedAt, poll.threshold());
        List<CastVote> accepted = new ArrayList<>();
        List<RollCallVote> rollCall = new ArrayList<>();
        for (Ballot ballot : ballots) {
            CastVote vote = ballot.castVote();
            if (formal.refusalOf(vote, accepted).isEmpty()) {
                accepted.add(vote);
                rollCall.add(new RollCallVote(ballot.member(), ballot.answer(), ballot.at(), ballot.castBy()));
            }
        }
        DecisionResult result = formal.close(ballots.stream().map(Ballot::castVote).toList());
        Tally t = result.tally();
        VoteOutcome outcome = result instanceof DecisionResult.Adopted ? VoteOutcome.ADOPTED
                : result instanceof DecisionResult.Rejected ? VoteOutcome.REJECTED : VoteOutcome.NO_QUORUM;
        rollCall.sort(Comparator.comparing(RollCallVote::member));
        return new PollResult.Vote(outcome, poll.threshold(), poll.threshold().name() + ": " + poll.threshold().rule(),
                result.explanation(), new VoteCounts(t.electorate(), t.quorum(), t.yes(), t.no(), t.abstain(), t.cast(),
                t.participating()), rollCall, lost);
    }

    private static PollResult.Round countRound(Electorate electorate, Instant closedAt, List<Ballot> ballots,
                                               Map<String, Instant> lost) {
        ConsensusRound round = new ConsensusRound(electorate, closedAt);
        RoundResult result = round.close(ballots.stream().map(Ballot::positionTaken).toList());
        Map<String, Ballot> counted = new HashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        for (Ballot ballot : ballots) {
            if (round.refusalOf(ballot.positionTaken()).isEmpty()) {
                counted.put(ballot.member(), ballot);
                taken.merge(ballot.member(), 1, Integer::sum);
            }
        }
        List<RollCallPosition> positions = counted.values().stream()
                .sorted(Comparator.comparing(Ballot::member))
                .map(b -> new RollCallPosition(b.member(), b.answer(), b.reason(), b.at(), b.castBy(), taken.get(b.member())))
                .toList();
        return new PollResult.Round(result.outcome(), ruleOf(result.outcome()), result.explanation(),
                new RoundCounts(result.electorate(), result.quorum(), result.withPosition(), result.supporting(),
                        result.standingAside(), result.blocking()), positions, result.toAnswer(), lost);
    }

    /** The test of DOMAIN.md §4.2 that matched, as the outcome names it (the library wrote the arithmetic). */
    private static String ruleOf(RoundOutcome outcome) {
        return switch (outcome) {
            case NO_QUORUM -> "R < Q";
            case BLOCKED -> "B ≥ 1";
            case CONSENSUS -> "3S ≥ 2R";
            case INSUFFICIENT_SUPPORT -> "3S < 2R";
        };
    }
}
