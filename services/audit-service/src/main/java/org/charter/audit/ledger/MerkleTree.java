package org.charter.audit.ledger;

import java.security.MessageDigest;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 §2.1: a leaf is {@code SHA-256(0x00 || data)}, a node
 * {@code SHA-256(0x01 || left || right)}, the left subtree holds the largest power of two below the
 * count, and the last node is never duplicated. The empty tree's root is {@code SHA-256("")}.
 */
public final class MerkleTree {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleTree() {
    }

    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return Sha256.digest().digest();
        }
        return hash(leaves, 0, leaves.size(), Sha256.digest());
    }

    /** One digest for the whole tree: each node's hash is finished (and the digest reset) before the next starts. */
    private static byte[] hash(List<byte[]> leaves, int from, int to, MessageDigest digest) {
        int n = to - from;
        if (n == 1) {
            digest.update(LEAF);
            return digest.digest(leaves.get(from));
        }
        int k = Integer.highestOneBit(n - 1); // the largest power of two smaller than n
        byte[] left = hash(leaves, from, from + k, digest);
        byte[] right = hash(leaves, from + k, to, digest);
        digest.update(NODE);
        digest.update(left);
        return digest.digest(right);
    }
}
