package org.charter.budget.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.charter.budget.line.Lines;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;

/**
 * A fee schedule (DOMAIN.md §6.2): one rate per tier and the members it bills. Each member's fee
 * is the exact fee for the months billed ({@code full-year fee × months / 12}) rounded half-even
 * to the cent, per member; a tier's fee line is the sum of its members' rounded full-year fees,
 * so the fees billed add up to the line exactly.
 */
public record FeeSchedule(List<TierRate> rates, List<Assessment> assessments) {

    public static final int MAX_ASSESSMENTS = 500;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public FeeSchedule {
        rates = List.copyOf(rates);
        assessments = List.copyOf(assessments);
        if (rates.isEmpty()) {
            throw new RuleViolation("INVALID_FEE_SCHEDULE", "rates: at least one tier's rate");
        }
        Set<Tier> tiers = new HashSet<>();
        for (TierRate rate : rates) {
            if (!tiers.add(rate.tier())) {
                throw new RuleViolation("INVALID_FEE_SCHEDULE", "rates: " + rate.tier() + " has two rates; one per tier");
            }
        }
        if (assessments.size() > MAX_ASSESSMENTS) {
            throw new RuleViolation("INVALID_FEE_SCHEDULE", "assessments: at most " + MAX_ASSESSMENTS);
        }
        Set<String> members = new HashSet<>();
        for (Assessment assessment : assessments) {
            if (!members.add(assessment.member())) {
                throw new RuleViolation("INVALID_FEE_SCHEDULE", "assessments: " + assessment.member() + " appears twice");
            }
            if (!tiers.contains(assessment.tier())) {
                throw new RuleViolation("INVALID_FEE_SCHEDULE", "assessments." + assessment.member() + ": the schedule has no"
                        + " rate for " + assessment.tier());
            }
        }
    }

    public TierRate rateOf(Tier tier) {
        return rates.stream().filter(rate -> rate.tier() == tier).findFirst().orElseThrow();
    }

    /** The member's fee for {@code months} (0..12) of the year, rounded half-even per member. */
    public long feeFor(Assessment assessment, int months) {
        if (months < 0 || months > 12) {
            throw new IllegalArgumentException("a fee is billed for 0 to 12 months, not " + months);
        }
        BigDecimal exact = rateOf(assessment.tier()).exactFullYearFee(assessment.projectedStudents())
                .multiply(BigDecimal.valueOf(months));
        return exact.divide(TWELVE, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public MemberFee fullYearFee(Assessment assessment) {
        return new MemberFee(assessment.member(), assessment.tier(), assessment.projectedStudents(), 12,
                feeFor(assessment, 12));
    }

    /** Each tier's fee line: the sum of its members' rounded full-year fees (a tier with a rate and nobody billed: 0). */
    public Map<Tier, Long> tierTotals() {
        Map<Tier, Long> totals = new EnumMap<>(Tier.class);
        rates.forEach(rate -> totals.put(rate.tier(), 0L));
        for (Assessment assessment : assessments) {
            totals.merge(assessment.tier(), fullYearFee(assessment).feeCents(), Math::addExact);
        }
        return totals;
    }

    /**
     * The budget's MEMBER_FEES lines must be this schedule's tier totals (DOMAIN.md §6.3): each
     * tier with fees billed has its line at exactly that amount, and no other tier has one.
     */
    public void requireFeeLinesMatch(Lines lines) {
        Map<Tier, Long> expected = new TreeMap<>(tierTotals());
        expected.values().removeIf(total -> total == 0);
        Map<Tier, Long> actual = new TreeMap<>(lines.memberFeesByTier());
        actual.values().removeIf(total -> total == 0);
        if (!expected.equals(actual)) {
            throw new RuleViolation("FEE_LINES_MISMATCH", "the MEMBER_FEES lines " + actual + " (cents by tier) differ from the"
                    + " adopted fee schedule's totals " + expected + ": set each tier's MEMBER_FEES line to its total",
                    Map.of("expectedCents", expected, "actualCents", actual));
        }
    }
}
