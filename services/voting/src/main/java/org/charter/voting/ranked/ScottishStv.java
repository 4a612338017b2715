package org.charter.voting.ranked;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scottish STV as SSI 2007/42, Schedule 1, rules 45–52 set it out (docs/voting.md quotes them), with
 * Charter's two additions from DOMAIN.md §5.4–5.5: withdrawn candidates are struck before stage 1,
 * and a newly elected candidate's rivals from the same member are excluded.
 */
final class ScottishStv {

    static final int SCALE = 5;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal ONE = BigDecimal.ONE.setScale(SCALE);

    private final Contest contest;
    private final Papers papers;
    private final int n;
    private final int seats;
    private final boolean[] standing;
    private final boolean[] continuing;
    private final List<List<Parcel>> piles = new ArrayList<>();
    private final BigDecimal[] votes;
    private final BigDecimal quota;
    private final List<Integer> electedOrder = new ArrayList<>();
    private final Set<Integer> surplusPending = new LinkedHashSet<>();
    private final Set<Integer> rivalsPending = new LinkedHashSet<>();
    private final List<BigDecimal[]> history = new ArrayList<>();
    private final List<StageDraft> drafts = new ArrayList<>();
    private final TieBreak tieBreak;
    private BigDecimal exhausted = ZERO;
    private BigDecimal roundingLoss = ZERO;

    ScottishStv(Contest contest, Lot lot) {
        this.contest = contest;
        this.papers = Papers.of(contest);
        this.n = contest.candidates().size();
        this.seats = contest.seats();
        this.standing = new boolean[n];
        this.continuing = new boolean[n];
        this.votes = new BigDecimal[n];
        for (int c = 0; c < n; c++) {
            standing[c] = !contest.isWithdrawn(c);
            continuing[c] = standing[c];
            votes[c] = ZERO;
            piles.add(new ArrayList<>());
        }
        // rule 46: the quota is V / (seats + 1), fractions disregarded, plus one
        this.quota = BigDecimal.valueOf(papers.valid / (seats + 1) + 1).setScale(SCALE);
        this.tieBreak = new TieBreak(contest, lot, history);
    }

    CountReport count() {
        firstStage();
        while (electedOrder.size() < seats) {
            if (fillLastVacancies()) {
                break;
            }
            if (!rivalsPending.isEmpty()) {
                excludeSameMemberRivals();
            } else if (!surplusPending.isEmpty()) {
                transferLargestSurplus();
            } else {
                excludeLowest();
            }
        }
        return report();
    }

    /** Rule 45: each paper counts for its first preference at value one. */
    private void firstStage() {
        StageDraft d = new StageDraft(1, StageKind.FIRST_PREFERENCES, n, ZERO);
        Parcel[] first = new Parcel[n];
        for (int b = 0; b < papers.size(); b++) {
            int c = papers.current(b);
            if (first[c] == null) {
                first[c] = new Parcel(ONE);
            }
            first[c].add(b, papers.weights[b]);
        }
        for (int c = 0; c < n; c++) {
            if (first[c] != null) {
                piles.get(c).add(first[c]);
                votes[c] = first[c].votes();
            }
        }
        closeStage(d);
    }

    /** Rules 48–49: the largest surplus first; every paper the candidate holds moves at its transfer value. */
    private void transferLargestSurplus() {
        StageDraft d = new StageDraft(drafts.size() + 1, StageKind.SURPLUS, n, ZERO);
        BigDecimal largest = surplusPending.stream().map(this::surplusOf).max(BigDecimal::compareTo).orElseThrow();
        List<Integer> tied = surplusPending.stream().filter(c -> surplusOf(c).compareTo(largest) == 0).toList();
        int c = tieBreak.pick(tied, false, d.notes, "the first surplus to transfer");
        surplusPending.remove(c);

        BigDecimal total = votes[c];
        BigDecimal surplus = total.subtract(quota);
        d.from.add(c);
        d.surplus = surplus;
        BigDecimal transferredOrLost = ZERO;
        List<Parcel> parcels = piles.get(c);
        piles.set(c, new ArrayList<>());
        for (Parcel parcel : parcels) {
            // rule 48(3): surplus × value of the paper ÷ votes credited, to five decimals, remainder ignored
            BigDecimal transferValue = surplus.multiply(parcel.value).divide(total, SCALE, RoundingMode.DOWN);
            move(parcel, transferValue, d);
            transferredOrLost = transferredOrLost.add(transferValue.multiply(BigDecimal.valueOf(parcel.papers)));
        }
        votes[c] = quota;
        roundingLoss = roundingLoss.add(surplus.subtract(transferredOrLost));
        exhausted = exhausted.add(d.nonTransferable);
        closeStage(d);
    }

    /** Rules 50–51: the continuing candidate with the fewest votes is excluded; papers move at the value received. */
    private void excludeLowest() {
        StageDraft d = new StageDraft(drafts.size() + 1, StageKind.EXCLUSION, n, ZERO);
        List<Integer> cont = Contest.indexesOf(continuing);
        BigDecimal fewest = cont.stream().map(c -> votes[c]).min(BigDecimal::compareTo).orElseThrow();
        List<Integer> tied = cont.stream().filter(c -> votes[c].compareTo(fewest) == 0).toList();
        int c = tieBreak.pick(tied, true, d.notes, "exclusion");
        continuing[c] = false;
        d.excluded.add(c);
        transferAllPapers(c, d);
        exhausted = exhausted.add(d.nonTransferable);
        closeStage(d);
    }

    /** DOMAIN.md §5.4: rivals of an elected candidate from the same member, excluded as under rule 50. */
    private void excludeSameMemberRivals() {
        StageDraft d = new StageDraft(drafts.size() + 1, StageKind.SAME_MEMBER_EXCLUSION, n, ZERO);
        for (int r : rivalsPending) {
            d.excluded.add(r);
            transferAllPapers(r, d);
        }
        rivalsPending.clear();
        exhausted = exhausted.add(d.nonTransferable);
        closeStage(d);
    }

    private void transferAllPapers(int c, StageDraft d) {
        d.from.add(c);
        List<Parcel> parcels = piles.get(c);
        piles.set(c, new ArrayList<>());
        for (Parcel parcel : parcels) {
            move(parcel, parcel.value, d);
        }
        votes[c] = ZERO;
    }

    /** Sorts a parcel by next available preference and credits each continuing candidate (rules 48(2), 50(3)). */
    private void move(Parcel parcel, BigDecimal value, StageDraft d) {
        Parcel[] out = new Parcel[n];
        long nonTransferable = 0;
        IntList ballots = parcel.ballots;
        for (int i = 0; i < ballots.size(); i++) {
            int b = ballots.get(i);
            int next = papers.advance(b, continuing);
            if (next < 0) {
                nonTransferable += papers.weights[b];
            } else {
                if (out[next] == null) {
                    out[next] = new Parcel(value);
                }
                out[next].add(b, papers.weights[b]);
            }
        }
        for (int c = 0; c < n; c++) {
            if (out[c] != null) {
                piles.get(c).add(out[c]);
                BigDecimal received = out[c].votes();
                votes[c] = votes[c].add(received);
                d.received(c, received);
            }
        }
        d.nonTransferable = d.nonTransferable.add(value.multiply(BigDecimal.valueOf(nonTransferable)));
    }

    /** Rule 47: everyone at or above the quota at the end of a stage is elected, largest vote first. */
    private void closeStage(StageDraft d) {
        d.tallies = votes.clone();
        d.exhausted = exhausted;
        d.roundingLoss = roundingLoss;
        history.add(d.tallies);
        drafts.add(d);
        List<Integer> reached = Contest.indexesOf(continuing).stream().filter(c -> votes[c].compareTo(quota) >= 0).toList();
        for (int c : tieBreak.highestFirst(reached, votes, d.notes, "the order of election")) {
            if (electedOrder.size() < seats && continuing[c]) {
                elect(c, d);
            }
        }
    }

    /** Rule 52: continuing candidates no more than the vacancies are deemed elected; no further transfer. */
    private boolean fillLastVacancies() {
        StageDraft last = drafts.get(drafts.size() - 1);
        List<Integer> cont = Contest.indexesOf(continuing);
        int vacancies = seats - electedOrder.size();
        if (cont.size() <= vacancies) {
            last.notes.add("rule 52: " + cont.size() + " continuing candidate" + (cont.size() == 1 ? "" : "s") + " for "
                    + vacancies + " vacanc" + (vacancies == 1 ? "y" : "ies") + ": deemed elected");
            for (int c : tieBreak.highestFirst(cont, votes, last.notes, "the order of election")) {
                if (continuing[c]) {
                    elect(c, last);
                }
            }
            return true;
        }
        return false;
    }

    private void elect(int c, StageDraft d) {
        continuing[c] = false;
        Candidate candidate = contest.candidates().get(c);
        if (electedOrder.stream().anyMatch(e -> contest.candidates().get(e).sameMemberAs(candidate))) {
            rivalsPending.add(c);
            d.notes.add(candidate.name() + " would be elected, but member " + candidate.member()
                    + " already holds a seat: excluded instead (DOMAIN.md §5.4)");
            return;
        }
        electedOrder.add(c);
        d.elected.add(c);
        if (votes[c].compareTo(quota) > 0) {
            surplusPending.add(c);
        }
        for (int r = 0; r < n; r++) {
            if (continuing[r] && contest.candidates().get(r).sameMemberAs(candidate)) {
                continuing[r] = false;
                rivalsPending.add(r);
                d.notes.add(contest.nameOf(r) + " is excluded: " + candidate.name() + " of the same member " + candidate.member()
                        + " is elected (DOMAIN.md §5.4)");
            }
        }
    }

    private BigDecimal surplusOf(int c) {
        return votes[c].subtract(quota);
    }



    private CountReport report() {
        List<Stage> stages = drafts.stream().map(d -> d.toStage(contest, standing)).toList();
        return RankedCount.report(contest, CountMethod.STV, quota, papers, electedOrder, seats - electedOrder.size(), stages);
    }
}
