package org.charter.voting.receipt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Receipts of secret ballots and the leaves of the published Merkle tree (DOMAIN.md §5.3,
 * docs/voting.md §5.3). All text is UTF-8; a member can recompute both with {@code printf} and
 * {@code sha256sum}:
 * <ul>
 *   <li>canonical ballot: {@code "charter-ballot/1\ncontest:<contestId>\nranking:<id>,<id>,...\n"}
 *       (an empty ranking, an abstention, leaves nothing after {@code ranking:});</li>
 *   <li>receipt: {@code SHA-256(canonical ballot ‖ "nonce:<nonce hex>\n")} in lower-case hex, the
 *       nonce 32 random bytes given only to the voter;</li>
 *   <li>leaf data: {@code "<receipt>:<id>,<id>,..."}; leaf hash {@code SHA-256(0x00 ‖ leaf data)};</li>
 *   <li>leaf order: ascending receipt, which says nothing of the order the ballots were cast in.</li>
 * </ul>
 */
public final class Receipts {

    private static final HexFormat HEX = HexFormat.of();

    private Receipts() {
    }

    /** One published ballot: its ranking of candidate ids and its receipt. */
    public record ReceiptedBallot(List<String> ranking, String receipt) {
        public ReceiptedBallot {
            ranking = List.copyOf(ranking);
        }
    }

    public static String canonicalBallot(String contestId, List<String> ranking) {
        return "charter-ballot/1\ncontest:" + contestId + "\nranking:" + String.join(",", ranking) + "\n";
    }

    public static String receipt(String contestId, List<String> ranking, String nonceHex) {
        return HEX.formatHex(MerkleTree.sha256(
                (canonicalBallot(contestId, ranking) + "nonce:" + nonceHex + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] leafData(ReceiptedBallot ballot) {
        return (ballot.receipt() + ":" + String.join(",", ballot.ranking())).getBytes(StandardCharsets.UTF_8);
    }

    /** The ballots in leaf order (ascending receipt). */
    public static List<ReceiptedBallot> inLeafOrder(List<ReceiptedBallot> ballots) {
        List<ReceiptedBallot> sorted = new ArrayList<>(ballots);
        sorted.sort(Comparator.comparing(ReceiptedBallot::receipt));
        return sorted;
    }

    /** The tree over the ballots exactly in the order given. */
    public static MerkleTree tree(List<ReceiptedBallot> ballots) {
        return MerkleTree.of(ballots.stream().map(Receipts::leafData).toList());
    }

    /** The Merkle root, hex, over the ballots in the order given. */
    public static String root(List<ReceiptedBallot> ballots) {
        return HEX.formatHex(tree(ballots).root());
    }

    /** Whether the list is in leaf order with no receipt twice. */
    public static boolean inLeafOrderWithoutRepeats(List<ReceiptedBallot> ballots) {
        for (int i = 1; i < ballots.size(); i++) {
            if (ballots.get(i - 1).receipt().compareTo(ballots.get(i).receipt()) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** An inclusion proof as published: leaf index, tree size, audit path and root, all hex. */
    public record InclusionProof(String receipt, List<String> ranking, int leafIndex, int treeSize, String leafHash,
                                 List<String> auditPath, String root) {

        public boolean verifies() {
            List<byte[]> path = auditPath.stream().map(HEX::parseHex).toList();
            byte[] leaf = MerkleTree.leafHash(leafData(new ReceiptedBallot(ranking, receipt)));
            return HEX.formatHex(leaf).equals(leafHash)
                    && MerkleTree.verifyInclusion(leaf, leafIndex, treeSize, path, HEX.parseHex(root));
        }
    }

    /** The proof that the ballot with this receipt is in the list (empty when it is not). */
    public static java.util.Optional<InclusionProof> proofOf(List<ReceiptedBallot> ballots, String receipt) {
        for (int i = 0; i < ballots.size(); i++) {
            ReceiptedBallot b = ballots.get(i);
            if (b.receipt().equals(receipt)) {
                MerkleTree tree = tree(ballots);
                return java.util.Optional.of(new InclusionProof(receipt, b.ranking(), i, ballots.size(),
                        HEX.formatHex(MerkleTree.leafHash(leafData(b))),
                        tree.inclusionProof(i).stream().map(HEX::formatHex).toList(), HEX.formatHex(tree.root())));
            }
        }
        return java.util.Optional.empty();
    }
}
