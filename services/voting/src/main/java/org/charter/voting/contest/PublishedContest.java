package org.charter.voting.contest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.Contest;
import org.charter.voting.receipt.Receipts.ReceiptedBallot;

/**
 * A contest as Charter publishes it at close (docs/voting/published-contest.schema.json, and v2
 * with receipts: published-contest.v2.schema.json): the slate, the anonymised ballots, the method,
 * the revealed seed and, once counted, the result.
 *
 * @param method     the method the contest is counted with, if the file says
 * @param seed       the revealed seed in hex, if the file says
 * @param result     the published count report, if the file carries one
 * @param receipted  v2: every ballot with its receipt, in the order published (v1: empty)
 * @param merkleRoot v2: the published Merkle root over {@code receipted} (v1: empty)
 */
public record PublishedContest(Contest contest, Optional<CountMethod> method, Optional<String> seed,
                               Optional<JsonNode> result, List<ReceiptedBallot> receipted, Optional<String> merkleRoot) {

    public PublishedContest {
        receipted = List.copyOf(receipted);
    }

    /** A v1 contest: no receipts, no root. */
    public PublishedContest(Contest contest, Optional<CountMethod> method, Optional<String> seed, Optional<JsonNode> result) {
        this(contest, method, seed, result, List.of(), Optional.empty());
    }

    public boolean hasReceipts() {
        return merkleRoot.isPresent();
    }
}
