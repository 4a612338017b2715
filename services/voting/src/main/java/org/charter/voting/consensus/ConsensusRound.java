package org.charter.voting.consensus;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.charter.voting.decision.Electorate;
import org.charter.voting.decision.VoteRefusal;

/**
 * One consensus round: positions taken in {@code [opensAt, closesAt)} by members of the electorate
 * frozen at opening. A member that loses its rights mid-round keeps the last position it took
 * before then, as a cast vote stands (DOMAIN.md §1.5).
 */
public record ConsensusRound(Electorate electorate, Instant closesAt) {

    public ConsensusRound {
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(closesAt, "closesAt");
    }

    /** Applies DOMAIN.md §4.2 to the positions taken (in any order; the latest per member counts). */
    public RoundResult close(List<PositionTaken> taken) {
        Map<String, PositionTaken> last = new HashMap<>();
        taken.stream()
                .filter(this::counts)
                .sorted(Comparator.comparing(PositionTaken::at))
                .forEach(p -> last.put(p.member(), p));

        Map<String, Position> positions = new TreeMap<>();
        Map<String, String> reservations = new TreeMap<>();
        Map<String, String> blocks = new TreeMap<>();
        int supporting = 0;
        int standingAside = 0;
        int blocking = 0;
        for (PositionTaken p : last.values()) {
            positions.put(p.member(), p.position());
            switch (p.position()) {
                case SUPPORT -> supporting++;
                case SUPPORT_WITH_RESERVATIONS -> {
                    supporting++;
                    reservations.put(p.member(), p.text());
                }
                case STAND_ASIDE -> standingAside++;
                case BLOCK -> {
                    blocking++;
                    blocks.put(p.member(), p.text());
                }
            }
        }
        int n = electorate.size();
        int q = n / 2 + 1;
        int r = positions.size();
        RoundOutcome outcome;
        String rule;
        if (r < q) {
            outcome = RoundOutcome.NO_QUORUM;
            rule = "R < Q: " + r + " < " + q;
        } else if (blocking >= 1) {
            outcome = RoundOutcome.BLOCKED;
            rule = "B ≥ 1: " + blocking + " block" + (blocking == 1 ? "" : "s") + " (" + String.join(", ", blocks.keySet()) + ")";
        } else if (3L * supporting >= 2L * r) {
            outcome = RoundOutcome.CONSENSUS;
            rule = "3S ≥ 2R: 3×" + supporting + " = " + 3 * supporting + " ≥ 2×" + r + " = " + 2 * r;
        } else {
            outcome = RoundOutcome.INSUFFICIENT_SUPPORT;
            rule = "3S < 2R: 3×" + supporting + " = " + 3 * supporting + " < 2×" + r + " = " + 2 * r;
        }
        String explanation = outcome + ": " + rule + " (N=" + n + ", Q=" + q + ", R=" + r + ", S=" + supporting
                + ", stand aside=" + standingAside + ", B=" + blocking + ")";
        return new RoundResult(outcome, n, q, r, supporting, standingAside, blocking, positions, reservations, blocks,
                explanation);
    }

    /**
     * Whether a position may be recorded: inside {@code [opensAt, closesAt)}, by a member of the
     * frozen electorate still in good standing. A member may restate its position until close, so
     * there is no {@code ALREADY_VOTED} here.
     *
     * @return the refusal, or empty when the position counts
     */
    public Optional<VoteRefusal> refusalOf(PositionTaken p) {
        if (p.at().isBefore(electorate.opensAt())) {
            return Optional.of(VoteRefusal.POLL_NOT_OPEN);
        }
        if (!p.at().isBefore(closesAt)) {
            return Optional.of(VoteRefusal.POLL_CLOSED);
        }
        if (!electorate.includes(p.member())) {
            return Optional.of(VoteRefusal.NOT_ELIGIBLE);
        }
        if (!electorate.inGoodStandingAt(p.member(), p.at())) {
            return Optional.of(VoteRefusal.MEMBER_NOT_IN_GOOD_STANDING);
        }
        return Optional.empty();
    }

    private boolean counts(PositionTaken p) {
        return refusalOf(p).isEmpty();
    }
}
