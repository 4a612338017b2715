package org.charter.budget.proposal;

import static org.charter.budget.line.BudgetLine.expense;
import static org.charter.budget.line.BudgetLine.memberFees;
import static org.charter.budget.line.BudgetLine.revenue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.charter.platform.test.MovableClock;
import org.charter.budget.fee.Assessment;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.fee.TierRate;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.Lines;
import org.charter.membershiproll.member.Tier;
import org.charter.budget.proposal.RecordingBoardDecisions.BoardDecision;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.test.InMemoryEventStore;

/** A fiscal year's budgets driven through the real use cases on an in-memory event store, no Spring. */
final class BudgetYearFixture {

    static final FiscalYear FY2027 = FiscalYear.of("FY2027");
    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    /** 1.5 cents a student; GOVERNING CA 3,000,001 students → 4,500,001.5 → 4,500,002 (half-even), WA 1,000,001 → 1,500,002 (1,500,001.5 → even). */
    static final FeeSchedule SCHEDULE = new FeeSchedule(
            List.of(TierRate.perStudent(Tier.GOVERNING, "1.5"), TierRate.flat(Tier.AFFILIATE, 25_000_00L)),
            List.of(new Assessment("CA", Tier.GOVERNING, 3_000_001), new Assessment("WA", Tier.GOVERNING, 1_000_001),
                    new Assessment("PR", Tier.AFFILIATE, 0)));
    static final long GOVERNING_FEES = 4_500_002L + 1_500_002L;
    static final long AFFILIATE_FEES = 25_000_00L;

    final MovableClock clock = new MovableClock(NOW);
    final BudgetYears years = new BudgetYears(EventStreams.of(new InMemoryEventStore(clock, "budget")), List.of());
    final ProposingBudgets proposing = new ProposingBudgets(years, clock);
    final ReviewingProposals reviewing = new ReviewingProposals(years, clock);
    final RecordingBoardDecisions board = new RecordingBoardDecisions(years, clock);
    final StartingContinuingBudgets continuing = new StartingContinuingBudgets(years, clock, FiscalYear.CONSORTIUM_ZONE, 30);
    private int motions;

    static CommandContext secretary() {
        return new CommandContext(new Actor("sam.secretary", "secretary", null), UUID.randomUUID().toString(), null);
    }

    /** Revenue 10,000,000.00 USD with the schedule's fee lines, balanced by its expenses plus {@code expenseOffset}. */
    static Lines balancedLines(long expenseOffset) {
        long grants = 10_000_000_00L - GOVERNING_FEES - AFFILIATE_FEES;
        return Lines.of(memberFees(Tier.GOVERNING, "State fees", GOVERNING_FEES),
                memberFees(Tier.AFFILIATE, "Affiliate fees", AFFILIATE_FEES),
                revenue("GRANTS", "Federal grant", grants),
                expense("PERSONNEL", "Staff", 7_000_000_00L),
                expense("ITEM_DEVELOPMENT", "Items", 2_500_000_00L + expenseOffset),
                expense("RESERVE_CONTRIBUTION", "Reserve", 500_000_00L));
    }

    /** FY2027's fee schedule and a budget of version 1, adopted. */
    ProposalId adoptedBudget() {
        adoptedSchedule();
        ProposalId budget = proposeBudget(balancedLines(0));
        toBoard(budget);
        vote(budget, 1, true);
        return budget;
    }

    ProposalId adoptedSchedule() {
        ProposalId id = lastId(proposing.proposeFeeSchedule(FY2027, SCHEDULE, secretary()).state(), ProposalKind.FEE_SCHEDULE);
        toBoard(id);
        vote(id, 1, true);
        return id;
    }

    ProposalId proposeBudget(Lines lines) {
        return lastId(proposing.proposeBudget(FY2027, lines, secretary()).state(), ProposalKind.BUDGET);
    }

    void toBoard(ProposalId id) {
        reviewing.submit(id, secretary());
        reviewing.referToBoard(id, "reviewed", secretary());
    }

    BudgetYear vote(ProposalId id, int version, boolean adopted) {
        String motion = String.format("m-fixture%03d", ++motions);
        return board.record(new BoardDecision(id, version, id.kind().motionKind(), adopted, motion, motion + "-1"),
                secretary()).state();
    }

    /** The Executive Committee's poll on the version, as the committee decided it. */
    BudgetYear review(ProposalId id, int version, boolean passed) {
        String motion = String.format("m-fixture%03d", ++motions);
        return board.recordReview(new BoardDecision(id, version, id.kind().motionKind(), passed, motion, motion + "-1"),
                secretary()).state();
    }

    BudgetYear year() {
        return years.get(FY2027);
    }

    long streamVersion() {
        return years.find(FY2027).map(BudgetYear::version).orElse(0L);
    }

    static ProposalId lastId(BudgetYear year, ProposalKind kind) {
        return year.proposals().stream().map(Proposal::id).filter(id -> id.kind() == kind)
                .reduce((first, second) -> second).orElseThrow();
    }
}
