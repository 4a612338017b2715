package org.charter.election.ballot;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sealed claims in memory. */
public final class MemoryBallotClaims implements BallotClaims {

    public final Map<String, byte[]> claims = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> find(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    @Override
    public boolean claim(String claimId, byte[] sealed) {
        return claims.putIfAbsent(claimId, sealed) == null;
    }
}
