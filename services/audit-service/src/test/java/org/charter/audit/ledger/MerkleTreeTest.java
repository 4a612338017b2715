package org.charter.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6962's tree hash, checked against the reference test vectors of Certificate Transparency. */
class MerkleTreeTest {

    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};

    @Test
    void the_empty_tree_hashes_to_the_hash_of_nothing() {
        assertThat(HexFormat.of().formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @ParameterizedTest(name = "{0} leaves")
    @CsvSource({
            "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"})
    void the_root_matches_the_reference_vectors(int count, String root) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(HexFormat.of().parseHex(LEAVES[i]));
        }
        assertThat(HexFormat.of().formatHex(MerkleTree.root(leaves))).isEqualTo(root);
    }

    @Test
    void the_last_node_of_an_odd_level_is_not_duplicated() {
        byte[] a = {1};
        byte[] b = {2};
        byte[] c = {3};
        assertThat(MerkleTree.root(List.of(a, b, c))).isNotEqualTo(MerkleTree.root(List.of(a, b, c, c)));
    }
}
