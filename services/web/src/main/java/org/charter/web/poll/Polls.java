package org.charter.web.poll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.stereotype.Component;

/**
 * The committee's and membership's APIs as the delegate's pages need them, always with the
 * signed-in person's token: the API decides what they may see and do, the pages only show it.
 */
@Component
public class Polls {

    private final GatewayApi api;

    Polls(GatewayApi api) {
        this.api = api;
    }

    /**
     * The polls not yet closed, one per motion being polled: the committee API has no list of polls,
     * so the motions with status {@code POLLING} name theirs ({@code pendingPoll}).
     */
    public List<Poll> pending(SignedIn person) {
        List<Poll> polls = new ArrayList<>();
        for (JsonNode motion : api.get("/api/v1/motions?status=POLLING&size=50", person.token()).path("content")) {
            String pollId = motion.path("pendingPoll").asText("");
            if (!pollId.isBlank()) {
                polls.add(Poll.of(api.get("/api/v1/polls/{id}", person.token(), pollId), motion.path("title").asText()));
            }
        }
        return polls;
    }

    public Poll poll(SignedIn person, String pollId) {
        JsonNode poll = api.get("/api/v1/polls/{id}", person.token(), pollId);
        JsonNode motion = api.get("/api/v1/motions/{id}", person.token(), poll.path("motion").asText());
        return Poll.of(poll, motion.path("title").asText());
    }

    /** Whether the person's member has answered the poll (turnout says who, never how). */
    public boolean memberAnswered(SignedIn person, String pollId) {
        return person.member() != null && turnout(person, pollId).voted().contains(person.member());
    }

    /** Which members of the electorate have answered and which not yet (never how they answered). */
    public Turnout turnout(SignedIn person, String pollId) {
        JsonNode turnout = api.get("/api/v1/polls/{id}/turnout", person.token(), pollId);
        List<String> voted = new ArrayList<>();
        List<String> notYet = new ArrayList<>();
        turnout.path("voted").forEach(m -> voted.add(m.asText()));
        turnout.path("notYet").forEach(m -> notYet.add(m.asText()));
        return new Turnout(voted, notYet);
    }

    /** The members that have answered a poll and those that have not yet. */
    public record Turnout(List<String> voted, List<String> notYet) {
    }

    public void answer(SignedIn person, String pollId, String choice, String reason) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("choice", choice);
        // a formal vote takes no reason (REASON_NOT_ALLOWED); a position may give one, a block or reservation must
        if (reason != null && !reason.isBlank() && isPosition(choice)) {
            body.put("reason", reason.strip());
        }
        api.post("/api/v1/polls/{id}/votes", person.token(), body, pollId);
    }

    private static boolean isPosition(String choice) {
        return Choice.POSITIONS.stream().anyMatch(position -> position.name().equals(choice));
    }

    public MyMember member(SignedIn person) {
        String id = person.member();
        JsonNode member = api.get("/api/v1/members/{id}", person.token(), id);
        JsonNode rights = api.get("/api/v1/members/{id}/voting-rights", person.token(), id);
        String standing = "NONE";
        if (person.subject().equals(rights.path("delegate").asText(null))) {
            standing = "DELEGATE";
        } else {
            for (JsonNode alternate : rights.path("alternates")) {
                if (person.subject().equals(alternate.asText())) {
                    standing = "ALTERNATE";
                }
            }
        }
        return new MyMember(id, member.path("name").asText(id), standing);
    }
}
