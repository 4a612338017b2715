package org.charter.voting.receipt;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 §2.1 (SHA-256): a leaf hashes as {@code SHA-256(0x00 ‖ data)},
 * a node as {@code SHA-256(0x01 ‖ left ‖ right)}; a tree of {@code n > 1} leaves splits at the
 * largest power of two below {@code n}, so the last node is never duplicated. Inclusion proofs
 * are RFC 6962's audit paths, verified as RFC 9162 §2.1.3.2 does.
 */
public final class MerkleTree {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private final List<byte[]> leafHashes;

    private MerkleTree(List<byte[]> leafHashes) {
        this.leafHashes = leafHashes;
    }

    /** A tree over the leaves' data, in this order. */
    public static MerkleTree of(List<byte[]> leaves) {
        List<byte[]> hashes = new ArrayList<>(leaves.size());
        leaves.forEach(leaf -> hashes.add(leafHash(leaf)));
        return new MerkleTree(hashes);
    }

    public int size() {
        return leafHashes.size();
    }

    /** MTH of the whole tree; the SHA-256 of nothing for an empty tree. */
    public byte[] root() {
        return hash(0, leafHashes.size());
    }

    /** The audit path of leaf {@code index}: the sibling hashes from the leaf up to the root. */
    public List<byte[]> inclusionProof(int index) {
        if (index < 0 || index >= leafHashes.size()) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, leafHashes.size(), path);
        return path;
    }

    private void path(int m, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = splitOf(n);
        if (m < k) {
            path(m, from, from + k, path);
            path.add(hash(from + k, to));
        } else {
            path(m - k, from + k, to, path);
            path.add(hash(from, from + k));
        }
    }

    private byte[] hash(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return leafHashes.get(from);
        }
        int k = splitOf(n);
        return nodeHash(hash(from, from + k), hash(from + k, to));
    }

    /** The largest power of two smaller than {@code n} (n > 1). */
    private static int splitOf(int n) {
        return Integer.highestOneBit(n - 1);
    }

    /**
     * Whether the audit path proves that the leaf with this hash is leaf {@code index} of a tree of
     * {@code size} leaves with this root (RFC 9162 §2.1.3.2).
     */
    public static boolean verifyInclusion(byte[] leafHash, int index, int size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    public static byte[] leafHash(byte[] data) {
        return sha256(new byte[] {LEAF}, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[] {NODE}, left, right);
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
