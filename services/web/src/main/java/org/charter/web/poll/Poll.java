package org.charter.web.poll;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A poll as the committee API shows it, with its motion's title: what a delegate needs to answer
 * it and to follow its running count ({@code cast} of {@code electorate}).
 */
public record Poll(String id, String motion, String motionTitle, String type, int round, String status,
                   Instant opensAt, Instant closesAt, Integer electorate, int cast, String outcome,
                   String rule, String explanation, Map<String, Integer> counts) {

    static Poll of(JsonNode poll, String motionTitle) {
        JsonNode result = poll.path("result");
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.path("counts").properties().forEach(count -> counts.put(count.getKey(), count.getValue().asInt()));
        return new Poll(poll.path("id").asText(), poll.path("motion").asText(), motionTitle,
                poll.path("type").asText(), poll.path("round").asInt(), poll.path("status").asText(),
                instant(poll.path("opensAt")), instant(poll.path("closesAt")),
                poll.path("electorate").isNumber() ? poll.path("electorate").asInt() : null,
                poll.path("cast").asInt(), result.path("outcome").asText(null), result.path("rule").asText(null),
                result.path("explanation").asText(null), counts);
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public boolean isConsensusRound() {
        return "CONSENSUS_ROUND".equals(type);
    }

    /** The answers this poll takes: a formal vote's choices or a consensus round's positions. */
    public List<Choice> choices() {
        return isConsensusRound() ? Choice.POSITIONS : Choice.VOTES;
    }

    /** Percent of the electorate that has answered, for the turnout meter. */
    public int turnoutPercent() {
        return electorate == null || electorate == 0 ? 0 : Math.round(100f * cast / electorate);
    }
}
