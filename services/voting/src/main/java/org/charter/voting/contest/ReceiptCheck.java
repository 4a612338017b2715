package org.charter.voting.contest;

import java.util.ArrayList;
import java.util.List;
import org.charter.voting.receipt.Receipts;

/**
 * Checks the receipts of a published contest v2: the ballots in ascending receipt order, no
 * receipt twice, and the Merkle root recomputed over them equal to the published one. Any ballot
 * altered, added, removed or reordered fails.
 */
public final class ReceiptCheck {

    private ReceiptCheck() {
    }

    /** @return the differences, in words; empty when the ballots match their root */
    public static List<String> differences(PublishedContest published) {
        List<String> diffs = new ArrayList<>();
        if (!published.hasReceipts()) {
            return diffs;
        }
        if (!Receipts.inLeafOrderWithoutRepeats(published.receipted())) {
            diffs.add("ballots: not in ascending receipt order, or a receipt appears twice");
        }
        String recomputed = Receipts.root(published.receipted());
        String root = published.merkleRoot().orElseThrow();
        if (!recomputed.equals(root)) {
            diffs.add("merkle root: published " + root + ", recomputed over the " + published.receipted().size()
                    + " published ballots " + recomputed);
        }
        return diffs;
    }
}
