package org.charter.web.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Executive Committee contest as the election API shows it (never a ballot): its position,
 * seats, counting method, window, candidates and, once counted, the elected and the Merkle root.
 */
public record Contest(String id, String position, int seats, String method, String status, Instant opensAt,
                      Instant closesAt, Integer electorate, List<Candidate> candidates, List<String> elected,
                      String merkleRoot) {

    /** A candidate on the slate; a withdrawn one stays listed but cannot be ranked (DOMAIN §8.10). */
    public record Candidate(String id, String name, String member, boolean withdrawn) {
    }

    static Contest of(JsonNode contest) {
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode c : contest.path("candidates")) {
            candidates.add(new Candidate(c.path("id").asText(), c.path("name").asText(c.path("id").asText()),
                    c.path("member").asText(null), c.path("withdrawn").asBoolean()));
        }
        List<String> elected = new ArrayList<>();
        contest.path("elected").forEach(name -> elected.add(name.asText()));
        return new Contest(contest.path("id").asText(), contest.path("position").asText(), contest.path("seats").asInt(),
                contest.path("method").asText(), contest.path("status").asText(), instant(contest.path("opensAt")),
                instant(contest.path("closesAt")), contest.path("electorate").isNumber() ? contest.path("electorate").asInt() : null,
                candidates, elected, contest.path("merkleRoot").asText(null));
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** Whether the ballots and the count are published (after the close). */
    public boolean isCounted() {
        return merkleRoot != null;
    }

    /** The ids of the candidates that can be ranked, in the slate's order. */
    public List<String> rankable() {
        return candidates.stream().filter(c -> !c.withdrawn()).map(Candidate::id).toList();
    }

    public Optional<Candidate> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
