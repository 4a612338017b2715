package org.charter.voting.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.charter.voting.receipt.Receipts.InclusionProof;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    @Test
    void a_receipt_is_sha256_over_the_canonical_ballot_and_the_nonce_as_sha256sum_computes_it() throws Exception {
        String text = "charter-ballot/1\ncontest:EC-FY2028.CHAIR_ELECT\nranking:n2,n1\nnonce:00ff\n";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(Receipts.receipt("EC-FY2028.CHAIR_ELECT", List.of("n2", "n1"), "00ff")).isEqualTo(expected);
        assertThat(Receipts.canonicalBallot("C", List.of())).isEqualTo("charter-ballot/1\ncontest:C\nranking:\n");
    }

    @Test
    void each_ballot_proves_its_inclusion_and_any_change_to_the_list_changes_the_root() {
        List<ReceiptedBallot> ballots = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            List<String> ranking = i % 3 == 0 ? List.of() : List.of("n" + (i % 3), "n3");
            ballots.add(new ReceiptedBallot(ranking, Receipts.receipt("C", ranking, "0" + i)));
        }
        List<ReceiptedBallot> published = Receipts.inLeafOrder(ballots);
        String root = Receipts.root(published);

        assertThat(Receipts.inLeafOrderWithoutRepeats(published)).isTrue();
        for (ReceiptedBallot b : published) {
            InclusionProof proof = Receipts.proofOf(published, b.receipt()).orElseThrow();
            assertThat(proof.verifies()).isTrue();
            assertThat(proof.root()).isEqualTo(root);
            assertThat(new InclusionProof(b.receipt(), List.of("n9"), proof.leafIndex(), proof.treeSize(), proof.leafHash(),
                    proof.auditPath(), proof.root()).verifies()).isFalse();
        }
        assertThat(Receipts.proofOf(published, "ab")).isEmpty();

        List<ReceiptedBallot> altered = new ArrayList<>(published);
        altered.set(2, new ReceiptedBallot(List.of("n3"), published.get(2).receipt()));
        List<ReceiptedBallot> removed = new ArrayList<>(published.subList(1, published.size()));
        List<ReceiptedBallot> added = new ArrayList<>(published);
        added.add(new ReceiptedBallot(List.of("n1"), "ff".repeat(32)));
        List<ReceiptedBallot> reordered = new ArrayList<>(published);
        reordered.set(0, published.get(1));
        reordered.set(1, published.get(0));
        for (List<ReceiptedBallot> tampered : List.of(altered, removed, added, reordered)) {
            assertThat(Receipts.root(tampered)).isNotEqualTo(root);
        }
        assertThat(Receipts.inLeafOrderWithoutRepeats(reordered)).isFalse();
    }
}
