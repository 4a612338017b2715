package org.charter.budget.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.budget.line.BudgetLine.expense;
import static org.charter.budget.line.BudgetLine.memberFees;
import static org.charter.budget.line.BudgetLine.revenue;
import static org.charter.platform.test.Refusals.refused;

import java.util.List;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class LinesTest {

    private final Lines v1 = Lines.of(memberFees(Tier.GOVERNING, "State fees", 9_000_000_00L),
            revenue("GRANTS", "Federal grant", 1_000_000_00L),
            expense("PERSONNEL", "Staff", 7_000_000_00L),
            expense("ITEM_DEVELOPMENT", "Items", 2_500_000_00L),
            expense(BudgetLine.RESERVE_CONTRIBUTION, "Reserve", 500_000_00L));

    @Test
    void totals_add_each_side_in_whole_cents_and_the_gap_is_revenue_minus_expense() {
        assertThat(v1.revenueCents()).isEqualTo(10_000_000_00L);
        assertThat(v1.expenseCents()).isEqualTo(10_000_000_00L);
        assertThat(v1.isBalanced()).isTrue();

        Lines short_ = Lines.of(revenue("OTHER", "Sales", 100), expense("PERSONNEL", "Staff", 250));
        BudgetNotBalanced refusal = refused(BudgetNotBalanced.class, "BUDGET_NOT_BALANCED", short_::requireBalanced);
        assertThat(refusal.gapCents()).isEqualTo(-150);
        assertThat(refusal.properties()).containsEntry("gapCents", -150L);
        assertThat(refusal.getMessage()).contains("add revenue or lower expense by 150 cents");
    }

    @Test
    void a_negative_amount_is_refused() {
        refused(RuleViolation.class, "NEGATIVE_AMOUNT", () -> expense("PERSONNEL", "Staff", -1));
    }

    @Test
    void categories_belong_to_their_side_and_only_fee_lines_name_a_tier() {
        refused(RuleViolation.class, "INVALID_LINE", () -> revenue("PERSONNEL", "x", 1));
        refused(RuleViolation.class, "INVALID_LINE", () -> expense("GRANTS", "x", 1));
        refused(RuleViolation.class, "INVALID_LINE", () -> revenue(BudgetLine.MEMBER_FEES, "no tier", 1));
        refused(RuleViolation.class, "INVALID_LINE", () -> new BudgetLine(LineKind.EXPENSE, "PERSONNEL", Tier.GOVERNING, "x", 1));
        refused(RuleViolation.class, "INVALID_LINE", () -> expense("personnel", "x", 1));
        refused(RuleViolation.class, "INVALID_LINE", () -> expense("PERSONNEL", " ", 1));
        refused(RuleViolation.class, "INVALID_LINE", () -> new BudgetLine(null, "OTHER", null, "x", 1));
        assertThat(revenue("RESERVE_DRAW", "From reserve", 1).kind()).isEqualTo(LineKind.REVENUE);
    }

    @Test
    void two_lines_with_one_key_are_refused() {
        refused(RuleViolation.class, "DUPLICATE_LINE", () -> Lines.of(expense("PERSONNEL", "Staff", 1),
                expense("PERSONNEL", "Staff", 2)));
    }

    @Test
    void a_line_holds_at_most_ten_trillion_dollars_so_that_no_total_can_overflow() {
        refused(RuleViolation.class, "AMOUNT_TOO_LARGE", () -> expense("A1", "x", BudgetLine.MAX_CENTS + 1));
        refused(RuleViolation.class, "AMOUNT_TOO_LARGE", () -> new DeltaLine(LineKind.EXPENSE, "A1", null, "x",
                -BudgetLine.MAX_CENTS - 1));
        List<BudgetLine> largest = new java.util.ArrayList<>();
        for (int i = 0; i < Lines.MAX_LINES; i++) {
            largest.add(expense("A1", "x" + i, BudgetLine.MAX_CENTS));
        }
        assertThat(new Lines(largest).expenseCents()).isEqualTo(BudgetLine.MAX_CENTS * Lines.MAX_LINES);
    }

    @Test
    void the_diff_of_two_versions_lists_lines_added_removed_and_changed_revenue_first_in_key_order() {
        Lines v2 = Lines.of(memberFees(Tier.GOVERNING, "State fees", 9_000_000_00L),
                revenue("GRANTS", "Federal grant", 1_200_000_00L),
                expense("PERSONNEL", "Staff", 7_100_000_00L),
                expense("TRAVEL", "Board meetings", 100_000_00L),
                expense(BudgetLine.RESERVE_CONTRIBUTION, "Reserve", 500_000_00L));

        LineDiff diff = LineDiff.between(1, v1, 2, v2);

        assertThat(diff.changes()).extracting(c -> c.change() + " " + c.category() + " " + c.fromCents() + "→" + c.toCents()
                + " " + c.deltaCents()).containsExactly(
                "CHANGED GRANTS 100000000→120000000 20000000",
                "REMOVED ITEM_DEVELOPMENT 250000000→0 -250000000",
                "CHANGED PERSONNEL 700000000→710000000 10000000",
                "ADDED TRAVEL 0→10000000 10000000");
        assertThat(diff.revenueDeltaCents()).isEqualTo(20_000_000);
        assertThat(diff.expenseDeltaCents()).isEqualTo(-230_000_000);
        assertThat(LineDiff.between(1, v1, 1, v1).changes()).isEmpty();
    }

    @Test
    void delta_lines_change_existing_lines_add_new_ones_and_never_go_below_zero() {
        Lines amended = v1.plus(List.of(new DeltaLine(LineKind.EXPENSE, "PERSONNEL", null, "Staff", -200_000_00L),
                new DeltaLine(LineKind.EXPENSE, "TRAVEL", null, "Board meetings", 200_000_00L)));

        assertThat(amended.line(new LineKey(LineKind.EXPENSE, "PERSONNEL", null, "Staff")).orElseThrow().amountCents())
                .isEqualTo(6_800_000_00L);
        assertThat(amended.line(new LineKey(LineKind.EXPENSE, "TRAVEL", null, "Board meetings")).orElseThrow().amountCents())
                .isEqualTo(200_000_00L);
        assertThat(amended.expenseCents()).isEqualTo(v1.expenseCents());
        refused(RuleViolation.class, "NEGATIVE_AMOUNT", () -> v1.plus(List.of(
                new DeltaLine(LineKind.EXPENSE, "TRAVEL", null, "Board meetings", -1))));
        refused(RuleViolation.class, "INVALID_LINE", () -> new DeltaLine(LineKind.EXPENSE, "TRAVEL", null, "x", 0));
    }
}
