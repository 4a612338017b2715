package org.charter.budget.line;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.charter.membershiproll.member.Tier;
import org.charter.platform.error.RuleViolation;

/**
 * The lines of one budget version with their totals, in exact integer cents ({@link Math#addExact}
 * refuses an overflow rather than wrapping). No two lines share a {@link LineKey}.
 */
public record Lines(List<BudgetLine> lines) {

    public static final int MAX_LINES = 500;

    public Lines {
        lines = List.copyOf(lines);
        if (lines.size() > MAX_LINES) {
            throw new RuleViolation("INVALID_LINE", "lines: at most " + MAX_LINES + " lines, was " + lines.size());
        }
        Set<LineKey> seen = new HashSet<>();
        for (BudgetLine line : lines) {
            if (!seen.add(line.key())) {
                throw new RuleViolation("DUPLICATE_LINE", "lines: " + line.key() + " appears twice; give each line its own"
                        + " description or add the amounts");
            }
        }
        revenueCents(lines);
        expenseCents(lines);
    }

    public static Lines of(BudgetLine... lines) {
        return new Lines(List.of(lines));
    }

    public long revenueCents() {
        return revenueCents(lines);
    }

    public long expenseCents() {
        return expenseCents(lines);
    }

    /** Revenue − expense: positive when revenue exceeds expense. */
    public long gapCents() {
        return Math.subtractExact(revenueCents(), expenseCents());
    }

    public boolean isBalanced() {
        return gapCents() == 0;
    }

    /** Leaving DRAFT needs revenue = expense exactly (DOMAIN.md §6.2, §8.15). */
    public void requireBalanced() {
        long gap = gapCents();
        if (gap != 0) {
            throw new BudgetNotBalanced(gap, revenueCents(), expenseCents());
        }
    }

    public Optional<BudgetLine> line(LineKey key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst();
    }

    /** The MEMBER_FEES amount of each tier that has a fee line. */
    public Map<Tier, Long> memberFeesByTier() {
        Map<Tier, Long> fees = new TreeMap<>();
        for (BudgetLine line : lines) {
            if (line.carriesMemberFees()) {
                fees.put(line.tier(), line.amountCents());
            }
        }
        return fees;
    }

    /**
     * These lines with the delta lines added, line by line: a delta on a line that exists changes
     * its amount, one on a new key adds the line. A line may not go below zero.
     */
    public Lines plus(List<DeltaLine> deltas) {
        Map<LineKey, BudgetLine> byKey = new java.util.LinkedHashMap<>();
        lines.forEach(line -> byKey.put(line.key(), line));
        for (DeltaLine delta : deltas) {
            BudgetLine current = byKey.get(delta.key());
            long before = current == null ? 0 : current.amountCents();
            long after = Math.addExact(before, delta.deltaCents());
            if (after < 0) {
                throw new RuleViolation("NEGATIVE_AMOUNT", "deltaCents of " + delta.key() + " is " + delta.deltaCents()
                        + " but the line holds " + before + ": a line may not go below zero");
            }
            byKey.put(delta.key(), current == null ? delta.asLine(after) : current.withAmount(after));
        }
        return new Lines(new ArrayList<>(byKey.values()));
    }

    private static long revenueCents(List<BudgetLine> lines) {
        return total(lines, LineKind.REVENUE);
    }

    private static long expenseCents(List<BudgetLine> lines) {
        return total(lines, LineKind.EXPENSE);
    }

    private static long total(List<BudgetLine> lines, LineKind kind) {
        long total = 0;
        for (BudgetLine line : lines) {
            if (line.kind() == kind) {
                total = Math.addExact(total, line.amountCents());
            }
        }
        return total;
    }
}
