package org.charter.election.ballot;

import java.util.Optional;

/**
 * A ballot's claims on box slots (ADR 0067): under an id derived from its answer's slot
 * ({@link BallotSeal#claimId}), the box slot it is to fill, sealed under the client's key. The
 * first claim filed under an id is the one every process follows.
 */
public interface BallotClaims {

    Optional<byte[]> find(String claimId);

    /** Files the sealed claim if none is filed under the id yet (atomically, by the id's uniqueness); false otherwise. */
    boolean claim(String claimId, byte[] sealed);
}
