package org.charter.audit.retally;

/**
 * One outcome whose re-tally differs from its record: what, which, why, as recorded and as
 * recounted.
 */
public record Discrepancy(String kind, String id, Reason reason, String recorded, String recounted, String rule,
                          String detail) {

    /** Why the outcome is flagged. */
    public enum Reason {
        /** The recount from the raw votes or published ballots (or their Merkle root) differs from the record. */
        RECOUNT_DIFFERS,
        /**
         * An election contest's seed, revealed with its count, does not hash (SHA-256) to the value
         * published before its ballot opened (DOMAIN.md §5.5): the lot could have been chosen after
         * the votes were known. Recounted differences, if any, are in the detail too.
         */
        SEED_NOT_AS_COMMITTED
    }
}
