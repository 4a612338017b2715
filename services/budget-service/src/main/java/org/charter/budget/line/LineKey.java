package org.charter.budget.line;

import java.util.Comparator;
import org.charter.membershiproll.member.Tier;

/**
 * What makes a line the same line across versions and amendments: its side, category, tier (fee
 * lines only) and description. Two lines of one budget never share a key.
 */
public record LineKey(LineKind kind, String category, Tier tier, String description) implements Comparable<LineKey> {

    private static final Comparator<LineKey> ORDER = Comparator.comparing(LineKey::kind)
            .thenComparing(LineKey::category)
            .thenComparing(k -> k.tier() == null ? "" : k.tier().name())
            .thenComparing(LineKey::description);

    @Override
    public int compareTo(LineKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + " " + category + (tier == null ? "" : " " + tier) + " \"" + description + "\"";
    }
}
