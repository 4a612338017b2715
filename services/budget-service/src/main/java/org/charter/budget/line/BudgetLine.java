package org.charter.budget.line;

import java.util.Set;
import java.util.regex.Pattern;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;

/**
 * One line of a budget in integer USD cents (DOMAIN.md §6.2): a REVENUE line is MEMBER_FEES (one
 * per tier), GRANTS, OTHER or RESERVE_DRAW; an EXPENSE line has a category of the consortium's
 * own (PERSONNEL, ITEM_DEVELOPMENT...) or RESERVE_CONTRIBUTION. Amounts are never negative.
 */
public record BudgetLine(LineKind kind, String category, Tier tier, String description, long amountCents) {

    public static final String MEMBER_FEES = "MEMBER_FEES";
    public static final Set<String> REVENUE_CATEGORIES = Set.of(MEMBER_FEES, "GRANTS", "OTHER", "RESERVE_DRAW");
    public static final String RESERVE_CONTRIBUTION = "RESERVE_CONTRIBUTION";

    /** 10 trillion USD: 500 lines of it still add up within a long, so no total can overflow. */
    public static final long MAX_CENTS = 1_000_000_000_000_000L;

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public BudgetLine {
        LineRules.check(kind, category, tier, description, "amountCents");
        if (amountCents < 0) {
            throw new RuleViolation("NEGATIVE_AMOUNT", "amountCents of " + new LineKey(kind, category, tier, description)
                    + " is " + amountCents + ": a budget line is zero or more cents");
        }
        LineRules.requireAtMostMax(amountCents, "amountCents", kind, category, tier, description);
    }

    public static BudgetLine revenue(String category, String description, long cents) {
        return new BudgetLine(LineKind.REVENUE, category, null, description, cents);
    }

    public static BudgetLine memberFees(Tier tier, String description, long cents) {
        return new BudgetLine(LineKind.REVENUE, MEMBER_FEES, tier, description, cents);
    }

    public static BudgetLine expense(String category, String description, long cents) {
        return new BudgetLine(LineKind.EXPENSE, category, null, description, cents);
    }

    public LineKey key() {
        return new LineKey(kind, category, tier, description);
    }

    public boolean carriesMemberFees() {
        return kind == LineKind.REVENUE && MEMBER_FEES.equals(category);
    }

    BudgetLine withAmount(long cents) {
        return new BudgetLine(kind, category, tier, description, cents);
    }

    /** The rules every line and delta line obey, whatever its amount. */
    static final class LineRules {

        private LineRules() {
        }

        static void requireAtMostMax(long cents, String field, LineKind kind, String category, Tier tier,
                                     String description) {
            if (Math.abs(cents) > MAX_CENTS) {
                throw new RuleViolation("AMOUNT_TOO_LARGE", field + " of " + new LineKey(kind, category, tier, description)
                        + " is " + cents + ": at most " + MAX_CENTS + " cents a line");
            }
        }

        static void check(LineKind kind, String category, Tier tier, String description, String amountField) {
            if (kind == null) {
                throw new RuleViolation("INVALID_LINE", "kind: a line is REVENUE or EXPENSE");
            }
            if (category == null || !CATEGORY.matcher(category).matches()) {
                throw new RuleViolation("INVALID_LINE", "category: an upper-case name such as GRANTS or PERSONNEL, was: " + category);
            }
            if (kind == LineKind.REVENUE && !REVENUE_CATEGORIES.contains(category)) {
                throw new RuleViolation("INVALID_LINE", "category: a REVENUE line is MEMBER_FEES, GRANTS, OTHER or RESERVE_DRAW,"
                        + " not " + category);
            }
            if (kind == LineKind.EXPENSE && REVENUE_CATEGORIES.contains(category)) {
                throw new RuleViolation("INVALID_LINE", "category: " + category + " is a REVENUE category; an EXPENSE line has"
                        + " a category of its own or RESERVE_CONTRIBUTION");
            }
            boolean fees = kind == LineKind.REVENUE && MEMBER_FEES.equals(category);
            if (fees && tier == null) {
                throw new RuleViolation("INVALID_LINE", "tier: a MEMBER_FEES line names its tier (GOVERNING, AFFILIATE, LICENSEE)");
            }
            if (!fees && tier != null) {
                throw new RuleViolation("INVALID_LINE", "tier: only MEMBER_FEES lines name a tier, not " + category);
            }
            if (description == null || description.isBlank() || description.length() > 200) {
                throw new RuleViolation("INVALID_LINE", "description: 1 to 200 characters for each line ("
                        + kind + " " + category + ")");
            }
        }
    }
}
