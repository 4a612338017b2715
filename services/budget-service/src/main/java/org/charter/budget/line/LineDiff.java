package org.charter.budget.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The differences between two versions of a budget, line by line (by {@link LineKey}, in key
 * order): lines ADDED, REMOVED or CHANGED with their amounts before and after; unchanged lines are
 * left out. The totals' changes come with it.
 */
public record LineDiff(int from, int to, List<Change> changes, long revenueDeltaCents, long expenseDeltaCents) {

    public enum ChangeType {
        ADDED,
        REMOVED,
        CHANGED
    }

    public record Change(ChangeType change, LineKind kind, String category, org.charter.membershiproll.member.Tier tier,
                         String description, long fromCents, long toCents, long deltaCents) {
    }

    public LineDiff {
        changes = List.copyOf(changes);
    }

    public static LineDiff between(int from, Lines before, int to, Lines after) {
        Map<LineKey, Long> old = amounts(before);
        Map<LineKey, Long> now = amounts(after);
        TreeSet<LineKey> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (LineKey key : keys) {
            Long was = old.get(key);
            Long is = now.get(key);
            ChangeType type = was == null ? ChangeType.ADDED : is == null ? ChangeType.REMOVED
                    : was.equals(is) ? null : ChangeType.CHANGED;
            if (type != null) {
                long fromCents = was == null ? 0 : was;
                long toCents = is == null ? 0 : is;
                changes.add(new Change(type, key.kind(), key.category(), key.tier(), key.description(), fromCents, toCents,
                        Math.subtractExact(toCents, fromCents)));
            }
        }
        return new LineDiff(from, to, changes, Math.subtractExact(after.revenueCents(), before.revenueCents()),
                Math.subtractExact(after.expenseCents(), before.expenseCents()));
    }

    private static Map<LineKey, Long> amounts(Lines lines) {
        Map<LineKey, Long> amounts = new TreeMap<>();
        lines.lines().forEach(line -> amounts.put(line.key(), line.amountCents()));
        return amounts;
    }
}
