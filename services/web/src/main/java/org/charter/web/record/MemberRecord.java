package org.charter.web.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.stereotype.Component;

/**
 * What a delegate's member has already done, from the APIs with the delegate's own token: the
 * committee's record of the member's polls ({@code GET /api/v1/polls?member=}, which refuses another
 * member's) and, for each Executive Committee contest opened, whether the member voted (the election
 * API's turnout: that it voted, never how).
 */
@Component
public class MemberRecord {

    private final GatewayApi api;

    MemberRecord(GatewayApi api) {
        this.api = api;
    }

    /** A poll the member could answer; {@code answer} and {@code reason} only once its roll call is public. */
    public record PollAnswer(String poll, String motionTitle, String type, int round, String status, Instant closesAt,
                             Instant closedAt, boolean answered, Instant answeredAt, String answeredBy, String answer,
                             String reason, String outcome) {

        public boolean isConsensusRound() {
            return "CONSENSUS_ROUND".equals(type);
        }

        public boolean isCounted() {
            return outcome != null;
        }
    }

    /** An Executive Committee contest whose ballot opened: whether the member has voted in it (never how). */
    public record ContestVote(String contest, String position, String status, Instant closesAt, boolean voted) {

        public boolean isOpen() {
            return "OPEN".equals(status);
        }
    }

    public List<PollAnswer> polls(SignedIn person) {
        List<PollAnswer> answers = new ArrayList<>();
        for (JsonNode p : api.get("/api/v1/polls?member={member}", person.token(), person.member()).path("content")) {
            answers.add(new PollAnswer(p.path("poll").asText(), p.path("motionTitle").asText(), p.path("type").asText(),
                    p.path("round").asInt(), p.path("status").asText(), instant(p.path("closesAt")),
                    instant(p.path("closedAt")), p.path("answered").asBoolean(), instant(p.path("answeredAt")),
                    p.path("answeredBy").asText(null), p.path("answer").asText(null), p.path("reason").asText(null),
                    p.path("outcome").asText(null)));
        }
        return answers;
    }

    public List<ContestVote> contests(SignedIn person) {
        List<ContestVote> contests = new ArrayList<>();
        for (JsonNode c : api.get("/api/v1/contests", person.token()).path("content")) {
            if (!c.path("electorate").isNumber()) {
                continue; // not opened yet: nobody has voted
            }
            String id = c.path("id").asText();
            boolean voted = false;
            for (JsonNode member : api.get("/api/v1/contests/{id}/turnout", person.token(), id).path("voted")) {
                voted |= member.asText().equals(person.member());
            }
            contests.add(new ContestVote(id, c.path("position").asText(), c.path("status").asText(),
                    instant(c.path("closesAt")), voted));
        }
        return contests;
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
