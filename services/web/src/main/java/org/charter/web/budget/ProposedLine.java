package org.charter.web.budget;

/** A line of a budget proposal's current version as the page shows it: its names readable, its amount in cents. */
public record ProposedLine(String kind, String category, String tier, String description, long cents) {
}
