package org.charter.voting.ranked;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The seeded lot of DOMAIN.md §5.5: among candidates tied at every stage, the one with the lowest
 * {@code HMAC-SHA-256(seed, contestId ‖ candidateId)} (UTF-8, compared as unsigned big-endian
 * numbers) loses an exclusion, or transfers its surplus first.
 */
public final class Lot {

    private final byte[] seed;

    private Lot(byte[] seed) {
        this.seed = seed;
    }

    public static Lot seeded(byte[] seed) {
        return new Lot(seed.clone());
    }

    /** @param hex the revealed seed in hexadecimal */
    public static Lot seededHex(String hex) {
        try {
            return seeded(HexFormat.of().parseHex(hex.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the seed must be hexadecimal (an even number of 0-9a-f digits): " + hex);
        }
    }

    /** No seed yet (e.g. before close): a count that needs the lot fails with {@link LotRequired}. */
    public static Lot unseeded() {
        return new Lot(null);
    }

    public boolean hasSeed() {
        return seed != null;
    }

    /** The ticket compared in the lot, in hex. */
    public String ticket(String contestId, String candidateId) {
        return HexFormat.of().formatHex(mac(contestId, candidateId));
    }

    /** The candidate the lot picks: the lowest ticket. */
    Candidate draw(String contestId, List<Candidate> tied) {
        if (seed == null) {
            throw new LotRequired(tied.stream().map(Candidate::name).toList());
        }
        return tied.stream()
                .min(Comparator.comparing((Candidate c) -> mac(contestId, c.id()), Arrays::compareUnsigned))
                .orElseThrow();
    }

    private byte[] mac(String contestId, String candidateId) {
        if (seed == null) {
            throw new IllegalStateException("no seed");
        }
        return HmacSha256.mac(seed, (contestId + candidateId).getBytes(StandardCharsets.UTF_8));
    }
}
