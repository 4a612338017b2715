package org.charter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.conventions.test.RawHttp;

/**
 * The people of the demo consortium acting on the committee service through the gateway, as the
 * API documents it: the secretary proposes, closes and withdraws; each Governing member's delegate
 * (its seat on the Governing Board's roster) votes with its own development token.
 */
final class GoverningBoard {

    static final String SECRETARY = "sam.secretary";

    private final RawHttp gateway;
    private final DevTokens tokens;
    private final String secretary;
    /** member id to the token of its delegate, one per Governing Board seat */
    private final Map<String, String> delegates = new LinkedHashMap<>();
    /** member id to its delegate's person id (the token's subject) */
    private final Map<String, String> persons = new LinkedHashMap<>();

    GoverningBoard(RawHttp gateway, DevTokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.secretary = tokens.issue(SECRETARY, "secretary", null);
    }

    /**
     * Waits until the committee's roll has every Governing member that membership has active (the
     * committee projects them from membership's events), then takes each seat's delegate.
     */
    void awaitSeats() {
        int active = get("/api/v1/members?tier=GOVERNING&status=ACTIVE&size=200").path("totalElements").asInt();
        assertThat(active).as("active Governing members of the demo").isPositive();
        Eventually.that("the Governing Board has its " + active + " seats", () -> seats().size() == active);
        seats().forEach(seat -> {
            delegates.put(seat.path("member").asText(),
                    tokens.issue(seat.path("person").asText(), "delegate", seat.path("member").asText()));
            persons.put(seat.path("member").asText(), seat.path("person").asText());
        });
    }

    private List<JsonNode> seats() {
        List<JsonNode> seats = new ArrayList<>();
        get("/api/v1/committees/GOVERNING_BOARD").path("seats").forEach(seat -> {
            if (seat.path("voting").asBoolean() && !seat.path("person").isNull() && !seat.path("person").isMissingNode()) {
                seats.add(seat);
            }
        });
        return seats;
    }

    /** The Governing members that hold a seat, in the roster's order. */
    List<String> members() {
        return List.copyOf(delegates.keySet());
    }

    /** The token of that member's delegate. */
    String delegateToken(String member) {
        return delegates.get(member);
    }

    /** That member's delegate, a person id. */
    String delegate(String member) {
        return persons.get(member);
    }

    String secretaryToken() {
        return secretary;
    }

    String propose(String title) {
        return propose(title, "POLICY_ADOPTION");
    }

    /** A motion of that kind (one whose path is a formal vote, e.g. {@code DISSOLUTION}, may be polled at once). */
    String propose(String title, String kind) {
        RawHttp.Answer proposed = send("POST", "/api/v1/motions", secretary, """
                {"title":"%s","text":"1. %s.\\n2. It is reviewed each year.","kind":"%s",
                 "committee":"GOVERNING_BOARD"}""".formatted(title, title, kind));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().path("id").asText();
    }

    /** The secretary opens a poll of that type on the motion now, for an hour; its id. */
    String openPoll(String motion, String type) {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        RawHttp.Answer opened = send("POST", "/api/v1/polls", secretary, """
                {"motion":"%s","type":"%s","opensAt":"%s","closesAt":"%s"}"""
                .formatted(motion, type, now, now.plus(java.time.Duration.ofHours(1))));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().path("status").asText()).as(opened.toString()).isEqualTo("OPEN");
        return opened.json().path("id").asText();
    }

    /** The delegate of that seat answers the poll. */
    void vote(String pollId, String member, String choice) {
        RawHttp.Answer vote = send("POST", "/api/v1/polls/" + pollId + "/votes", delegates.get(member),
                "{\"choice\":\"%s\"}".formatted(choice));
        assertThat(vote.status()).as(member + " on " + pollId + ": " + vote).isEqualTo(201);
    }

    /** The members that have answered the poll (never how). */
    List<String> turnout(String pollId) {
        List<String> voted = new ArrayList<>();
        get("/api/v1/polls/" + pollId + "/turnout").path("voted").forEach(member -> voted.add(member.asText()));
        return voted;
    }

    JsonNode poll(String pollId) {
        return get("/api/v1/polls/" + pollId);
    }

    /** Every delegate answers {@code choice}; the first named member answers {@code firstMembersChoice} with a reason. */
    void everyDelegate(String pollId, String choice, String firstMembersChoice) {
        boolean first = true;
        for (Map.Entry<String, String> delegate : delegates.entrySet()) {
            String body = first && firstMembersChoice != null
                    ? "{\"choice\":\"%s\",\"reason\":\"the text says nothing of items still in use (mission)\"}"
                            .formatted(firstMembersChoice)
                    : "{\"choice\":\"%s\"}".formatted(choice);
            first = false;
            RawHttp.Answer vote = send("POST", "/api/v1/polls/" + pollId + "/votes", delegate.getValue(), body);
            assertThat(vote.status()).as(delegate.getKey() + " on " + pollId + ": " + vote).isEqualTo(201);
        }
    }

    /** The secretary closes the poll now (instead of waiting for its {@code closesAt}); the committee counts it. */
    JsonNode close(String pollId) {
        RawHttp.Answer closed = gateway.request("POST", "/api/v1/polls/" + pollId + "/closure").token(secretary)
                .body(new byte[0]).send();
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        return closed.json().path("result");
    }

    RawHttp.Answer withdraw(String motion, String reason) {
        return withdraw(motion, reason, secretary);
    }

    /** A withdrawal asked for with another token than the proposing secretary's. */
    RawHttp.Answer withdraw(String motion, String reason, String token) {
        return send("POST", "/api/v1/motions/" + motion + "/withdrawal", token, "{\"reason\":\"" + reason + "\"}");
    }

    String otherSecretaryToken() {
        return tokens.issue("kim.secretary", "secretary", null);
    }

    JsonNode motion(String motion) {
        return get("/api/v1/motions/" + motion);
    }

    /** The motion's stream on the committee service (its polls included), as event type names without prefix. */
    List<String> history(String motion) {
        List<String> types = new ArrayList<>();
        get("/api/v1/motions/" + motion + "/history").forEach(event ->
                types.add(event.path("type").asText().replace("charter.committee.", "")));
        return types;
    }

    private JsonNode get(String path) {
        RawHttp.Answer answer = gateway.request("GET", path).token(secretary).send();
        assertThat(answer.status()).as("GET " + path + ": " + answer).isEqualTo(200);
        return answer.json();
    }

    private RawHttp.Answer send(String method, String path, String token, String json) {
        return gateway.request(method, path).token(token).json(json).send();
    }
}
