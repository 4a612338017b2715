package org.charter.budget.fee;

import java.math.BigDecimal;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;

/**
 * A tier's fee: {@code centsPerStudent} (up to four decimals of a cent, e.g. 483.25) for
 * PER_STUDENT, or {@code flatCents} for FLAT. Never negative.
 */
public record TierRate(Tier tier, RateBasis basis, BigDecimal centsPerStudent, Long flatCents) {

    public static final int MAX_RATE_DECIMALS = 4;
    /** 10,000 USD a student; with at most a billion students a member, a fee stays within a line's maximum. */
    public static final BigDecimal MAX_CENTS_PER_STUDENT = BigDecimal.valueOf(1_000_000);

    public TierRate {
        if (tier == null || basis == null) {
            throw new RuleViolation("INVALID_FEE_SCHEDULE", "rates: each rate names its tier and basis (PER_STUDENT or FLAT)");
        }
        if (basis == RateBasis.PER_STUDENT) {
            if (centsPerStudent == null || flatCents != null) {
                throw new RuleViolation("INVALID_FEE_SCHEDULE", "rates." + tier + ": a PER_STUDENT rate gives centsPerStudent"
                        + " and no flatCents");
            }
            if (centsPerStudent.signum() < 0) {
                throw new RuleViolation("NEGATIVE_AMOUNT", "rates." + tier + ".centsPerStudent is " + centsPerStudent
                        + ": a rate is zero or more");
            }
            if (centsPerStudent.compareTo(MAX_CENTS_PER_STUDENT) > 0) {
                throw new RuleViolation("AMOUNT_TOO_LARGE", "rates." + tier + ".centsPerStudent: at most "
                        + MAX_CENTS_PER_STUDENT + " cents a student, was " + centsPerStudent);
            }
            if (centsPerStudent.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
                throw new RuleViolation("INVALID_FEE_SCHEDULE", "rates." + tier + ".centsPerStudent: at most "
                        + MAX_RATE_DECIMALS + " decimals of a cent, was " + centsPerStudent);
            }
            BigDecimal stripped = centsPerStudent.stripTrailingZeros();
            centsPerStudent = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        } else {
            if (flatCents == null || centsPerStudent != null) {
                throw new RuleViolation("INVALID_FEE_SCHEDULE", "rates." + tier + ": a FLAT rate gives flatCents and no"
                        + " centsPerStudent");
            }
            if (flatCents < 0) {
                throw new RuleViolation("NEGATIVE_AMOUNT", "rates." + tier + ".flatCents is " + flatCents
                        + ": a fee is zero or more cents");
            }
            if (flatCents > org.charter.budget.line.BudgetLine.MAX_CENTS) {
                throw new RuleViolation("AMOUNT_TOO_LARGE", "rates." + tier + ".flatCents: at most "
                        + org.charter.budget.line.BudgetLine.MAX_CENTS + " cents");
            }
        }
    }

    public static TierRate perStudent(Tier tier, String centsPerStudent) {
        return new TierRate(tier, RateBasis.PER_STUDENT, new BigDecimal(centsPerStudent), null);
    }

    public static TierRate flat(Tier tier, long cents) {
        return new TierRate(tier, RateBasis.FLAT, null, cents);
    }

    /** The exact full-year fee before rounding (a per-student fee may hold fractions of a cent). */
    BigDecimal exactFullYearFee(long projectedStudents) {
        return basis == RateBasis.FLAT ? BigDecimal.valueOf(flatCents)
                : centsPerStudent.multiply(BigDecimal.valueOf(projectedStudents));
    }
}
