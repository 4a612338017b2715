package org.charter.election.count.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.charter.election.count.CountingContests;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionEvent.ContestCounted;
import org.charter.election.election.ElectionEvent.PublishedBallot;
import org.charter.election.election.ElectionEvent.SlateCandidate;

/** A counted contest as the verifier's published-contest JSON v2 (docs/voting/published-contest.v2.schema.json). */
public final class PublishedContests {

    static final String FORMAT = "charter.published-contest/2";

    private PublishedContests() {
    }

    public static ObjectNode of(Election.ContestView contest, ObjectMapper json) {
        ContestCounted counted = contest.counted();
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("contestId", contest.id());
        root.put("title", CountingContests.titleOf(contest));
        root.put("method", contest.method());
        root.put("seats", contest.seats());
        root.put("seed", counted.seed());
        root.put("seedSha256", contest.seedSha256());
        root.put("closedAt", contest.closedAt().toString());
        ArrayNode candidates = root.putArray("candidates");
        for (SlateCandidate c : contest.candidates()) {
            ObjectNode node = candidates.addObject().put("id", c.id()).put("name", c.name());
            if (c.member() != null) {
                node.put("member", c.member());
            }
            if (contest.withdrawn().contains(c.id())) {
                node.put("withdrawn", true);
            }
        }
        root.put("electorate", contest.electorate().size());
        root.put("turnout", counted.turnout());
        ArrayNode ballots = root.putArray("ballots");
        for (PublishedBallot b : counted.ballots()) {
            ObjectNode ballot = ballots.addObject();
            b.ranking().forEach(ballot.putArray("ranking")::add);
            ballot.put("receipt", b.receipt());
        }
        root.putObject("merkle").put("hash", "SHA-256")
                .put("leaf", "SHA-256(0x00 ‖ UTF-8(receipt ‖ \":\" ‖ ranking joined by \",\"))")
                .put("node", "SHA-256(0x01 ‖ left ‖ right), split at the largest power of two below n (RFC 6962)")
                .put("order", "the ballots as listed: ascending receipt")
                .put("root", counted.merkleRoot());
        ObjectNode result = json.valueToTree(counted.result());
        if (!"two-round".equals(contest.method())) {
            result.remove("runoff");
        }
        root.set("result", result);
        return root;
    }
}
