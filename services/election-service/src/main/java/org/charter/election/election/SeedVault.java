package org.charter.election.election;

/**
 * The secret seeds of the contests' lots (DOMAIN.md §5.5): made when a contest goes on the slate,
 * only their SHA-256 published then; the seed itself is revealed in the count's publication.
 * Kept outside the event stream, which Kafka publishes.
 */
public interface SeedVault {

    /** A fresh random seed for the contest (the same one again if it was made already); its SHA-256 in hex. */
    String commit(String contestId);

    /** The seed in hex, to be published with the count. */
    String reveal(String contestId);
}
