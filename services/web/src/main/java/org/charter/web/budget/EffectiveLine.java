package org.charter.web.budget;

/**
 * A line of a fiscal year's budget as the page shows it: its names already readable, the amount
 * the budget adopted (null for a line only an amendment added) and the amount in force now.
 */
public record EffectiveLine(String kind, String category, String tier, String description, Long adoptedCents, long cents) {

    public boolean amended() {
        return adoptedCents == null || adoptedCents != cents;
    }
}
