package org.charter.audit.ledger;

import java.util.UUID;

/**
 * The outcome of verifying the ledger: whether it is intact, how many entries it has, and the
 * first broken entry if it is not.
 */
public record Verification(boolean ok, long entries, Broken firstBroken) {

    /**
     * The first entry that breaks the chain.
     *
     * @param eventId null for a {@link Problem#MISSING} entry (the ledger no longer has it)
     * @param detail  what was found, in words
     */
    public record Broken(long position, UUID eventId, Problem problem, String detail) {
    }

    public static Verification intact(long entries) {
        return new Verification(true, entries, null);
    }

    public static Verification broken(long entries, Broken first) {
        return new Verification(false, entries, first);
    }
}
