package org.charter.audit.ledger;

/**
 * What is wrong with the first broken entry. Walking the entries in position order from 1, each
 * entry is checked in this order and the first rule that fails names the problem:
 * <ol>
 *   <li>{@link #MISSING}: no entry holds the next position (a gap), or the entry's previous hash is
 *       no entry's hash and the entry after it does not skip it (the entry it followed was deleted,
 *       and the later ones renumbered); also when a checkpoint covers positions past the last entry.
 *       Reported at the position the missing entry had, without an event id.</li>
 *   <li>{@link #ALTERED}: the stored event no longer hashes to its event hash, or the entry's fields
 *       no longer hash to its hash, or its copies of the event's type, subject or time (which no hash
 *       covers; the indexes and replay select by them) differ from the event's; or a checkpoint's Merkle root, last hash or offsets differ from
 *       those recomputed over its entries (reported at the checkpoint's first position, unless the
 *       walk finds an entry-level problem inside that checkpoint's block, which is then reported).</li>
 *   <li>{@link #REORDERED}: the entry's previous hash is the hash of an entry at a later position
 *       (it was moved before an entry it follows).</li>
 *   <li>{@link #INSERTED}: the entry's previous hash is the hash of an entry two or more positions
 *       back (the chain skips the entries between, which were inserted: the first of them is
 *       reported), or an unknown hash while the next entry links to the entry before it (the
 *       chain skips this one).</li>
 * </ol>
 */
public enum Problem {
    ALTERED, MISSING, INSERTED, REORDERED
}
