package org.charter.voting.decision;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A formal vote: its window {@code [opensAt, closesAt)}, the electorate frozen at opening and the
 * threshold snapshotted at opening.
 */
public record Poll(Electorate electorate, Instant closesAt, Threshold threshold) {

    public Poll {
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(threshold, "threshold");
        if (!closesAt.isAfter(electorate.opensAt())) {
            throw new IllegalArgumentException("a poll must close after it opens: " + electorate.opensAt() + " .. " + closesAt);
        }
    }

    public Instant opensAt() {
        return electorate.opensAt();
    }

    /**
     * Whether {@code vote} may be appended after {@code earlier} (the votes already accepted).
     *
     * @return the refusal, or empty when the vote counts
     */
    public Optional<VoteRefusal> refusalOf(CastVote vote, List<CastVote> earlier) {
        if (vote.at().isBefore(opensAt())) {
            return Optional.of(VoteRefusal.POLL_NOT_OPEN);
        }
        if (!vote.at().isBefore(closesAt)) {
            return Optional.of(VoteRefusal.POLL_CLOSED);
        }
        if (!electorate.includes(vote.member())) {
            return Optional.of(VoteRefusal.NOT_ELIGIBLE);
        }
        if (!electorate.inGoodStandingAt(vote.member(), vote.at())) {
            return Optional.of(VoteRefusal.MEMBER_NOT_IN_GOOD_STANDING);
        }
        if (earlier.stream().anyMatch(e -> e.member().equals(vote.member()))) {
            return Optional.of(VoteRefusal.ALREADY_VOTED);
        }
        return Optional.empty();
    }

    /**
     * Counts the votes in the order they were appended: the first admissible vote of each member
     * counts, refused ones are ignored, then quorum and threshold decide.
     */
    public DecisionResult close(List<CastVote> appended) {
        Set<String> voted = new HashSet<>();
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (CastVote vote : appended) {
            if (admissibleIgnoringDuplicates(vote) && voted.add(vote.member())) {
                switch (vote.choice()) {
                    case YES -> yes++;
                    case NO -> no++;
                    case ABSTAIN -> abstain++;
                }
            }
        }
        return DecisionResult.decide(new Tally(electorate.size(), yes, no, abstain), threshold);
    }

    private boolean admissibleIgnoringDuplicates(CastVote vote) {
        return refusalOf(vote, List.of()).isEmpty();
    }
}
