package org.charter.audit.ledger;

import java.util.Iterator;
import org.charter.audit.ledger.Verification.Broken;

/**
 * Re-checks exported entries, in the order of the export, with nothing but their own fields (what
 * the auditor's guide does with {@code jq} and {@code sha256sum}): each event hashes to its event
 * hash, each entry's fields to its hash, its type, subject and time are its event's, each entry
 * links to the one before and holds the next position. The first entry's previous hash is taken on trust (an export may start after position
 * 1). Streams the entries once, holding two of them.
 */
public final class ExportCheck {

    private ExportCheck() {
    }

    public static Verification check(Iterator<LedgerEntry> entries) {
        long count = 0;
        LedgerEntry previous = null;
        LedgerEntry current = entries.hasNext() ? entries.next() : null;
        while (current != null) {
            count++;
            LedgerEntry next = entries.hasNext() ? entries.next() : null;
            Broken broken = broken(previous, current, next);
            if (broken != null) {
                while (entries.hasNext()) {
                    entries.next();
                    count++;
                }
                return Verification.broken(next == null ? count : count + 1, broken);
            }
            previous = current;
            current = next;
        }
        return Verification.intact(count);
    }

    private static Broken broken(LedgerEntry previous, LedgerEntry entry, LedgerEntry next) {
        if (!entry.eventIntact()) {
            return new Broken(entry.position(), entry.eventId(), Problem.ALTERED,
                    "the event does not hash to its eventHash " + entry.eventHash());
        }
        if (!entry.sealIntact()) {
            return new Broken(entry.position(), entry.eventId(), Problem.ALTERED,
                    "the entry's fields do not hash to its hash " + entry.hash());
        }
        String copies = StoredAttributes.differences(entry).orElse(null);
        if (copies != null) {
            return new Broken(entry.position(), entry.eventId(), Problem.ALTERED,
                    "the entry's copy of its event's attributes does not match its event: " + copies);
        }
        if (previous == null) {
            return null;
        }
        long expected = previous.position() + 1;
        if (entry.position() > expected && next != null && next.position() == expected) {
            return new Broken(expected, next.eventId(), Problem.REORDERED,
                    "position " + expected + " comes after position " + entry.position());
        }
        if (entry.position() > expected) {
            return new Broken(expected, null, Problem.MISSING,
                    "no entry at position " + expected + "; the next line is position " + entry.position());
        }
        if (entry.position() < expected) {
            return new Broken(entry.position(), entry.eventId(), entry.position() < previous.position()
                    ? Problem.REORDERED : Problem.INSERTED, "position " + entry.position() + " comes after position "
                    + previous.position());
        }
        if (entry.previousHash().equals(previous.hash())) {
            return null;
        }
        if (next != null && next.hash().equals(entry.previousHash())) {
            return new Broken(entry.position(), entry.eventId(), Problem.REORDERED,
                    "the entry follows the entry at position " + next.position() + ", which comes after it");
        }
        if (next != null && next.previousHash().equals(previous.hash())) {
            return new Broken(entry.position(), entry.eventId(), Problem.INSERTED,
                    "the chain goes from position " + previous.position() + " to " + next.position() + " without this entry");
        }
        return new Broken(entry.position(), null, Problem.MISSING,
                "the entry at position " + entry.position() + " does not follow the entry before it (previousHash "
                        + entry.previousHash() + ", the line before has hash " + previous.hash() + ")");
    }
}
