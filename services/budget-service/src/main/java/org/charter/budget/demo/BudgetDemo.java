package org.charter.budget.demo;

import org.charter.platform.demo.DemoLoads;
import static org.charter.budget.line.BudgetLine.expense;
import static org.charter.budget.line.BudgetLine.revenue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.charter.budget.fee.Assessment;
import org.charter.budget.fee.FeeSchedule;
import org.charter.budget.fee.TierRate;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.Lines;
import org.charter.membershiproll.member.Tier;
import org.charter.budget.proposal.BudgetYear;
import org.charter.budget.proposal.Proposal;
import org.charter.budget.proposal.ProposalId;
import org.charter.budget.proposal.ProposalKind;
import org.charter.budget.proposal.ProposingBudgets;
import org.charter.budget.proposal.ReviewingProposals;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;

/**
 * FY2027 of the demo consortium, in review: its fee schedule (Governing states at 1.5 cents a
 * projected tested student, affiliates a flat 25,000.00 USD) before the Executive Committee, and a
 * budget whose version 1 did not balance (its gap shows) and whose balanced version 2 is before
 * the Executive Committee too. Without an adopted fee schedule the budget carries no MEMBER_FEES
 * lines yet (DOMAIN.md §6.3); the Committee's and the Board's polls are the committee service's.
 * Recorded through the use cases the API calls, by the secretary {@code demo-loader}; loaded once.
 */
public class BudgetDemo {

    public static final String NAME = "budget-fy2027";
    public static final FiscalYear YEAR = new FiscalYear(2027);
    static final Actor LOADER = new Actor("demo-loader", "secretary", null);

    /** The demo consortium's Governing members (membership's demo) and their projected tested students. */
    static final Map<String, Long> GOVERNING = governing();
    static final List<String> AFFILIATES = List.of("ND", "WY", "AS", "MP", "DODEA", "UCLA-CRESST");

    private final DemoLoads loads;
    private final ProposingBudgets proposing;
    private final ReviewingProposals reviewing;
    private final Clock clock;

    public BudgetDemo(DemoLoads loads, ProposingBudgets proposing, ReviewingProposals reviewing, Clock clock) {
        this.loads = loads;
        this.proposing = proposing;
        this.reviewing = reviewing;
        this.clock = clock;
    }

    /** Loads the demo unless it was loaded (or begun) before; answers the ids it produced. */
    public Optional<Map<String, String>> load() {
        if (!loads.claim(NAME, clock.instant())) {
            return Optional.empty();
        }
        Map<String, String> produced = new LinkedHashMap<>();
        ProposalId schedule = lastId(proposing.proposeFeeSchedule(YEAR, schedule(), context()).state(),
                ProposalKind.FEE_SCHEDULE);
        reviewing.submit(schedule, context());
        produced.put("feeSchedule", schedule.toString());

        ProposalId budget = lastId(proposing.proposeBudget(YEAR, lines(24_350_000_00L), context()).state(),
                ProposalKind.BUDGET);
        proposing.revise(budget, lines(24_300_000_00L), "item development trimmed by 50,000.00 so that it balances",
                context());
        reviewing.submit(budget, context());
        produced.put("budget", budget.toString());
        loads.finished(NAME, produced, clock.instant());
        return Optional.of(produced);
    }

    static FeeSchedule schedule() {
        List<Assessment> assessments = new ArrayList<>();
        GOVERNING.forEach((member, students) -> assessments.add(new Assessment(member, Tier.GOVERNING, students)));
        AFFILIATES.forEach(member -> assessments.add(new Assessment(member, Tier.AFFILIATE, 0)));
        return new FeeSchedule(List.of(TierRate.perStudent(Tier.GOVERNING, "1.5"), TierRate.flat(Tier.AFFILIATE, 25_000_00L)),
                assessments);
    }

    /** Revenue 31,000,000.00 USD; expense the same when item development is 24,300,000.00. */
    static Lines lines(long itemDevelopment) {
        return Lines.of(revenue("GRANTS", "Federal assessment grant", 18_500_000_00L),
                revenue("OTHER", "Licence fees", 11_000_000_00L),
                revenue("RESERVE_DRAW", "Drawn from the reserve", 1_500_000_00L),
                expense("PERSONNEL", "Staff", 4_200_000_00L),
                expense("ITEM_DEVELOPMENT", "Items and test forms", itemDevelopment),
                expense("TECHNOLOGY", "Delivery platform and hosting", 2_300_000_00L),
                expense("MEETINGS", "Governing Board and work group meetings", 100_000_00L),
                expense("RESERVE_CONTRIBUTION", "Operating reserve", 100_000_00L));
    }

    private static Map<String, Long> governing() {
        Map<String, Long> members = new LinkedHashMap<>();
        members.put("CA", 3_150_001L);
        members.put("CT", 245_000L);
        members.put("DE", 70_001L);
        members.put("HI", 93_500L);
        members.put("ID", 170_333L);
        members.put("MI", 690_000L);
        members.put("MT", 67_999L);
        members.put("NV", 215_001L);
        members.put("OR", 257_777L);
        members.put("WA", 545_555L);
        members.put("VT", 37_001L);
        members.put("SD", 76_543L);
        members.put("USVI", 7_001L);
        members.put("BIE", 18_003L);
        return members;
    }

    private static CommandContext context() {
        return new CommandContext(LOADER, UUID.randomUUID().toString(), null);
    }

    private static ProposalId lastId(BudgetYear year, ProposalKind kind) {
        return year.proposals().stream().map(Proposal::id).filter(id -> id.kind() == kind)
                .reduce((first, second) -> second).orElseThrow();
    }
}
