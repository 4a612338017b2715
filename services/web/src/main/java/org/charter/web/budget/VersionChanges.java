package org.charter.web.budget;

import java.util.List;

/**
 * How a budget's version differs from the one before (the budget API's diff): each line added,
 * removed or changed with its amounts before and after and the change, and the change of each side's total.
 */
public record VersionChanges(int from, int to, List<Change> changes, long revenueDeltaCents, long expenseDeltaCents) {

    public VersionChanges {
        changes = List.copyOf(changes);
    }

    /** {@code change} is ADDED, REMOVED or CHANGED; an added line was 0 before, a removed one is 0 after. */
    public record Change(String change, String kind, String category, String tier, String description,
                         long fromCents, long toCents, long deltaCents) {
    }
}
