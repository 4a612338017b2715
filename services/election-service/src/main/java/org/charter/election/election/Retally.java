package org.charter.election.election;

/** A contest counted again from its stored ballots, to be compared with what was published before certification. */
public record Retally(String merkleRoot, CountResult result) {
}
