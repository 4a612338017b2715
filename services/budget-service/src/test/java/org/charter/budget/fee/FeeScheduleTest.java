package org.charter.budget.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.test.Refusals.refused;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.line.BudgetLine;
import org.charter.budget.line.Lines;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MemberRecord.Standing;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    private static final FiscalYear FY2027 = FiscalYear.of("FY2027");

    // 0.5 cent per student: odd student counts land exactly on half a cent
    private final FeeSchedule schedule = new FeeSchedule(
            List.of(TierRate.perStudent(Tier.GOVERNING, "0.5"), TierRate.flat(Tier.AFFILIATE, 25_000_00L),
                    TierRate.flat(Tier.LICENSEE, 1_000_01L)),
            List.of(new Assessment("CA", Tier.GOVERNING, 1), new Assessment("WA", Tier.GOVERNING, 3),
                    new Assessment("OR", Tier.GOVERNING, 5), new Assessment("PR", Tier.AFFILIATE, 0),
                    new Assessment("ACME", Tier.LICENSEE, 0)));

    @Test
    void each_members_fee_is_rounded_half_even_and_the_tier_total_is_the_sum_of_the_rounded_fees() {
        // 0.5 → 0, 1.5 → 2, 2.5 → 2 (half-even), where rounding the sum 4.5 would give 4
        assertThat(schedule.fullYearFee(new Assessment("CA", Tier.GOVERNING, 1)).feeCents()).isZero();
        assertThat(schedule.fullYearFee(new Assessment("WA", Tier.GOVERNING, 3)).feeCents()).isEqualTo(2);
        assertThat(schedule.fullYearFee(new Assessment("OR", Tier.GOVERNING, 5)).feeCents()).isEqualTo(2);
        assertThat(schedule.tierTotals()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Tier.GOVERNING, 4L, Tier.AFFILIATE, 25_000_00L, Tier.LICENSEE, 1_000_01L));
    }

    @Test
    void a_prorated_fee_is_the_full_fee_times_the_months_over_twelve_rounded_half_even() {
        Assessment licensee = new Assessment("ACME", Tier.LICENSEE, 0);
        // 100001 × 9 / 12 = 75000.75 → 75001; × 6 / 12 = 50000.5 → 50000 (half-even); × 0 = 0
        assertThat(schedule.feeFor(licensee, 9)).isEqualTo(75_001);
        assertThat(schedule.feeFor(licensee, 6)).isEqualTo(50_000);
        assertThat(schedule.feeFor(licensee, 0)).isZero();
        assertThat(schedule.feeFor(licensee, 12)).isEqualTo(1_000_01L);
    }

    @Test
    void the_fee_lines_of_a_budget_must_be_the_schedules_tier_totals() {
        schedule.requireFeeLinesMatch(Lines.of(BudgetLine.memberFees(Tier.GOVERNING, "States", 4),
                BudgetLine.memberFees(Tier.AFFILIATE, "Affiliates", 25_000_00L),
                BudgetLine.memberFees(Tier.LICENSEE, "Licensees", 1_000_01L)));

        RuleViolation off = refused(RuleViolation.class, "FEE_LINES_MISMATCH", () -> schedule.requireFeeLinesMatch(Lines.of(
                BudgetLine.memberFees(Tier.GOVERNING, "States", 5),
                BudgetLine.memberFees(Tier.AFFILIATE, "Affiliates", 25_000_00L),
                BudgetLine.memberFees(Tier.LICENSEE, "Licensees", 1_000_01L))));
        assertThat(off.getMessage()).contains("GOVERNING=5", "GOVERNING=4");
        refused(RuleViolation.class, "FEE_LINES_MISMATCH", () -> schedule.requireFeeLinesMatch(Lines.of(
                BudgetLine.memberFees(Tier.GOVERNING, "States", 4))));
    }

    @Test
    void a_schedule_has_one_rate_per_tier_and_bills_each_member_once_at_a_rate_it_has() {
        refused(RuleViolation.class, "INVALID_FEE_SCHEDULE", () -> new FeeSchedule(
                List.of(TierRate.flat(Tier.AFFILIATE, 1), TierRate.flat(Tier.AFFILIATE, 2)), List.of()));
        refused(RuleViolation.class, "INVALID_FEE_SCHEDULE", () -> new FeeSchedule(List.of(TierRate.flat(Tier.AFFILIATE, 1)),
                List.of(new Assessment("CA", Tier.GOVERNING, 10))));
        refused(RuleViolation.class, "INVALID_FEE_SCHEDULE", () -> new FeeSchedule(List.of(TierRate.flat(Tier.AFFILIATE, 1)),
                List.of(new Assessment("PR", Tier.AFFILIATE, 0), new Assessment("PR", Tier.AFFILIATE, 0))));
        refused(RuleViolation.class, "INVALID_FEE_SCHEDULE", () -> TierRate.perStudent(Tier.GOVERNING, "0.00001"));
        refused(RuleViolation.class, "NEGATIVE_AMOUNT", () -> TierRate.perStudent(Tier.GOVERNING, "-1"));
        refused(RuleViolation.class, "NEGATIVE_AMOUNT", () -> TierRate.flat(Tier.LICENSEE, -1));
        refused(RuleViolation.class, "NEGATIVE_AMOUNT", () -> new Assessment("CA", Tier.GOVERNING, -3));
        refused(RuleViolation.class, "INVALID_FEE_SCHEDULE", () -> new Assessment("ca", Tier.GOVERNING, 3));
        refused(RuleViolation.class, "AMOUNT_TOO_LARGE", () -> TierRate.perStudent(Tier.GOVERNING, "1E+400"));
        refused(RuleViolation.class, "AMOUNT_TOO_LARGE", () -> TierRate.flat(Tier.LICENSEE, Long.MAX_VALUE));
        refused(RuleViolation.class, "AMOUNT_TOO_LARGE", () -> new Assessment("CA", Tier.GOVERNING, Long.MAX_VALUE));
    }

    @Test
    void a_member_when_the_year_starts_pays_twelve_months_and_a_later_withdrawal_refunds_nothing() {
        MemberRecord wa = member("WA", active("2020-01-01T00:00:00Z"), withdrawn("2026-11-20T00:00:00Z"));

        assertThat(months(wa)).isEqualTo(12);
    }

    @Test
    void a_member_admitted_during_the_year_pays_the_whole_months_left() {
        assertThat(months(member("GU", active("2026-10-15T19:00:00Z")))).isEqualTo(8);
        assertThat(months(member("GU", active("2026-10-01T07:00:00Z")))).isEqualTo(9);
        // October 1 at 06:00 UTC is still September 30 in Los Angeles
        assertThat(months(member("GU", active("2026-10-01T06:00:00Z")))).isEqualTo(9);
        assertThat(months(member("GU", active("2026-09-30T06:59:59Z")))).isEqualTo(9);
    }

    @Test
    void a_member_readmitted_during_the_year_pays_the_months_left_from_its_readmission() {
        MemberRecord vi = member("VI", active("2019-07-01T00:00:00Z"), withdrawn("2026-01-01T00:00:00Z"),
                active("2027-03-01T08:00:00Z"));

        assertThat(months(vi)).isEqualTo(4);
    }

    @Test
    void one_who_is_no_member_during_the_year_pays_nothing_and_one_the_roll_does_not_know_pays_as_projected() {
        assertThat(months(member("XX", active("2019-07-01T00:00:00Z"), withdrawn("2026-03-01T00:00:00Z")))).isZero();
        assertThat(months(member("YY", new Standing(Instant.parse("2026-08-01T00:00:00Z"), MemberStatus.APPLICANT,
                Tier.GOVERNING)))).isZero();
        assertThat(months(member("ZZ", active("2027-07-02T00:00:00Z")))).isZero();
        assertThat(BillingPeriods.monthsBilled(FY2027, Optional.empty(), FiscalYear.CONSORTIUM_ZONE)).isEqualTo(12);
    }

    private static int months(MemberRecord member) {
        return BillingPeriods.monthsBilled(FY2027, Optional.of(member), FiscalYear.CONSORTIUM_ZONE);
    }

    private static MemberRecord member(String id, Standing... standings) {
        return new MemberRecord(id, "Member " + id, List.of(standings));
    }

    private static Standing active(String at) {
        return new Standing(Instant.parse(at), MemberStatus.ACTIVE, Tier.GOVERNING);
    }

    private static Standing withdrawn(String at) {
        return new Standing(Instant.parse(at), MemberStatus.WITHDRAWN, Tier.GOVERNING);
    }
}
