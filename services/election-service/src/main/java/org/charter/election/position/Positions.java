package org.charter.election.position;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.platform.error.RuleViolation;

/**
 * The Executive Committee's positions (DOMAIN.md §2.2) and the rule that a member holds at most
 * {@code maxSeatsPerMember} seats. Configuration ({@code charter.election.positions}), never code.
 */
public final class Positions {

    private final Map<String, Position> byName = new LinkedHashMap<>();
    private final int maxSeatsPerMember;

    public Positions(List<Position> positions, int maxSeatsPerMember) {
        positions.forEach(p -> byName.put(p.name(), p));
        if (maxSeatsPerMember < 1) {
            throw new IllegalArgumentException("maxSeatsPerMember must be at least 1, got " + maxSeatsPerMember);
        }
        this.maxSeatsPerMember = maxSeatsPerMember;
    }

    public Optional<Position> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The position, or 422 {@code UNKNOWN_POSITION} naming the configured ones. */
    public Position get(String name) {
        return find(name).orElseThrow(() -> new RuleViolation("UNKNOWN_POSITION", "no position '" + name
                + "': the Executive Committee has " + String.join(", ", byName.keySet())));
    }

    public List<Position> all() {
        return List.copyOf(byName.values());
    }

    /** The positions elected for terms starting in this fiscal year, in configuration order. */
    public List<Position> electedFor(int fiscalYear) {
        return byName.values().stream().filter(p -> p.electedFor(fiscalYear)).toList();
    }

    public int maxSeatsPerMember() {
        return maxSeatsPerMember;
    }
}
