package org.charter.web.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.stereotype.Component;

/** The election API's contests as the ballot and result pages need them, with the signed-in person's token. */
@Component
public class Contests {

    private final GatewayApi api;

    Contests(GatewayApi api) {
        this.api = api;
    }

    public List<Contest> open(SignedIn person) {
        List<Contest> open = new ArrayList<>();
        api.get("/api/v1/contests?status=OPEN", person.token()).path("content").forEach(c -> open.add(Contest.of(c)));
        return open;
    }

    /** Contests counted (certified ones too): their results and ballots are published. */
    public List<Contest> counted(SignedIn person) {
        List<Contest> counted = new ArrayList<>();
        api.get("/api/v1/contests?status=COUNTED", person.token()).path("content").forEach(c -> counted.add(Contest.of(c)));
        return counted;
    }

    public Contest contest(SignedIn person, String id) {
        return Contest.of(api.get("/api/v1/contests/{id}", person.token(), id));
    }

    /** Whether the person's member has cast its ballot (turnout names members, never their ballots). */
    public boolean memberVoted(SignedIn person, String id) {
        return person.member() != null && voted(person, id).contains(person.member());
    }

    public List<String> voted(SignedIn person, String id) {
        List<String> voted = new ArrayList<>();
        api.get("/api/v1/contests/{id}/turnout", person.token(), id).path("voted").forEach(m -> voted.add(m.asText()));
        return voted;
    }

    /** Casts the member's ballot once under {@code key}: the same key again gets the same receipt. */
    public Receipt cast(SignedIn person, String id, List<String> ranking, String key) {
        JsonNode answer = api.postOnce("/api/v1/contests/{id}/ballots", person.token(), key, Map.of("ranking", ranking), id);
        return new Receipt(id, ranking, answer.path("receipt").asText(), answer.path("nonce").asText());
    }

    public Count count(SignedIn person, String id) {
        return Count.of(published(person, id));
    }

    public JsonNode published(SignedIn person, String id) {
        return api.get("/api/v1/contests/{id}/published", person.token(), id);
    }

    /** The receipt's inclusion proof in the published Merkle root, or empty when no published ballot has it. */
    public Optional<JsonNode> proof(SignedIn person, String id, String receipt) {
        try {
            return Optional.of(api.get("/api/v1/contests/{id}/receipts/{receipt}", person.token(), id, receipt));
        } catch (org.charter.web.api.ApiRefusal refusal) {
            if ("RECEIPT_NOT_FOUND".equals(refusal.code())) {
                return Optional.empty();
            }
            throw refusal;
        }
    }
}
