package org.charter.audit.retally;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A contest's lot seed against its commitment (DOMAIN.md §5.5): the SHA-256 of the seed's bytes
 * (the seed is published in hex, its hash in hex, as the election service's seed vault makes them)
 * is published before the ballot opens, the seed itself with the count.
 */
public final class SeedCommitment {

    private SeedCommitment() {
    }

    /** What is wrong with the revealed seed against the published hash; empty when it hashes to it. */
    public static Optional<String> broken(String revealedSeedHex, String committedSha256Hex) {
        if (committedSha256Hex == null || committedSha256Hex.isBlank()) {
            return Optional.of("no seed hash was published before the ballot opened, so the revealed seed "
                    + revealedSeedHex + " cannot be checked");
        }
        if (revealedSeedHex == null || revealedSeedHex.isBlank()) {
            return Optional.of("the count revealed no seed for the hash " + committedSha256Hex + " published before the ballot opened");
        }
        String hash;
        try {
            hash = sha256Hex(revealedSeedHex);
        } catch (IllegalArgumentException e) {
            return Optional.of("the revealed seed " + revealedSeedHex + " is not hex, so it cannot hash to the "
                    + committedSha256Hex + " published before the ballot opened");
        }
        if (!hash.equals(committedSha256Hex.toLowerCase(Locale.ROOT))) {
            return Optional.of("seed: the revealed seed " + revealedSeedHex + " hashes to " + hash + ", not to the "
                    + committedSha256Hex + " published before the ballot opened");
        }
        return Optional.empty();
    }

    /** SHA-256 (hex) of the bytes a hex seed spells. */
    public static String sha256Hex(String seedHex) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seedHex)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
