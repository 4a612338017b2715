package org.charter.voting.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6962 hashing against Certificate Transparency's published test vectors, and every audit path of small trees. */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The eight leaves of the reference implementation's tests (certificate-transparency, merkle_tree_test). */
    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    /** The roots of the trees of the first 1..8 of those leaves. */
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void the_empty_tree_is_the_hash_of_nothing() {
        assertThat(HEX.formatHex(MerkleTree.of(List.of()).root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void roots_match_the_reference_vectors_for_one_to_eight_leaves() {
        for (int n = 1; n <= 8; n++) {
            List<byte[]> leaves = LEAVES.subList(0, n).stream().map(HEX::parseHex).toList();
            assertThat(HEX.formatHex(MerkleTree.of(leaves).root())).as("root of %d leaves", n).isEqualTo(ROOTS.get(n - 1));
        }
    }

    @Test
    void every_audit_path_of_trees_up_to_33_leaves_verifies_and_no_forged_leaf_or_other_index_does() {
        for (int n = 1; n <= 33; n++) {
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                leaves.add(("leaf " + i).getBytes());
            }
            MerkleTree tree = MerkleTree.of(leaves);
            byte[] root = tree.root();
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = tree.inclusionProof(i);
                byte[] leaf = MerkleTree.leafHash(leaves.get(i));
                assertThat(MerkleTree.verifyInclusion(leaf, i, n, proof, root)).as("leaf %d of %d", i, n).isTrue();
                assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash("forged".getBytes()), i, n, proof, root)).isFalse();
                if (n > 1) {
                    assertThat(MerkleTree.verifyInclusion(leaf, (i + 1) % n, n, proof, root)).isFalse();
                }
            }
        }
    }

    @Test
    void the_last_node_is_never_duplicated() {
        List<byte[]> three = List.of("a".getBytes(), "b".getBytes(), "c".getBytes());
        List<byte[]> four = List.of("a".getBytes(), "b".getBytes(), "c".getBytes(), "c".getBytes());

        assertThat(MerkleTree.of(three).root()).isNotEqualTo(MerkleTree.of(four).root());
        assertThat(MerkleTree.of(three).root()).isEqualTo(MerkleTree.nodeHash(
                MerkleTree.nodeHash(MerkleTree.leafHash("a".getBytes()), MerkleTree.leafHash("b".getBytes())),
                MerkleTree.leafHash("c".getBytes())));
    }
}
