package org.charter.committee.votes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The setup calls through the gateway (JDK HttpClient, JSON in and out); any answer but the expected one stops the run. */
final class Setup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String secretary;

    Setup(URI base) throws IOException {
        this.base = base;
        this.secretary = token("{\"subject\":\"load.secretary\",\"role\":\"secretary\"}");
    }

    String token(String claims) throws IOException {
        return call("POST", "/dev/tokens", null, claims, 200).path("token").asText();
    }

    String delegateToken(String person, String member) throws IOException {
        return token("{\"subject\":\"" + person + "\",\"role\":\"delegate\",\"member\":\"" + member + "\"}");
    }

    /**
     * {@code count} GOVERNING members {@code <prefix>1..<prefix>count}, ACTIVE from {@code at}, each with
     * its delegate, eight set up at a time: the delegates' tokens by member id, in that order.
     */
    Map<String, String> governingMembersWithDelegates(String prefix, int count, Instant at) throws Exception {
        Map<String, Future<String>> tokens = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 1; i <= count; i++) {
                String id = prefix + i;
                String person = id.toLowerCase() + "-del";
                tokens.put(id, pool.submit(() -> {
                    governingMember(id, person, at);
                    return delegateToken(person, id);
                }));
            }
            Map<String, String> issued = new LinkedHashMap<>();
            for (Map.Entry<String, Future<String>> token : tokens.entrySet()) {
                issued.put(token.getKey(), token.getValue().get());
            }
            return issued;
        } finally {
            pool.shutdown();
        }
    }

    /** A GOVERNING member, ACTIVE from {@code at}, with its delegate. */
    void governingMember(String id, String delegate, Instant at) throws IOException {
        call("POST", "/api/v1/members", secretary, """
                {"id":"%s","name":"Load member %s","kind":"ORGANISATION","tier":"GOVERNING","appliedAt":"%s"}"""
                .formatted(id, id, at), 201);
        call("POST", "/api/v1/members/" + id + "/admission", secretary, """
                {"decidedAt":"%s","decision":{"kind":"MINUTES","reference":"load run"}}""".formatted(at), 200);
        call("PUT", "/api/v1/members/" + id + "/delegate", secretary, """
                {"delegate":{"personId":"%s","name":"Delegate %s","email":"%s@example.org"},"decidedAt":"%s",
                 "decision":{"kind":"NOTICE","reference":"load run"}}""".formatted(delegate, id, delegate, at), 200);
    }

    /** A FEE_SCHEDULE motion (decided by a formal vote at once) and its poll; returns the poll id. */
    String openPoll(Instant opensAt, Instant closesAt) throws IOException {
        String motion = call("POST", "/api/v1/motions", secretary, """
                {"title":"Load fee schedule","text":"Fees for the load run.","kind":"FEE_SCHEDULE","committee":"GOVERNING_BOARD"}""",
                201).path("id").asText();
        return call("POST", "/api/v1/polls", secretary, """
                {"motion":"%s","type":"FORMAL_VOTE","opensAt":"%s","closesAt":"%s"}""".formatted(motion, opensAt, closesAt),
                201).path("id").asText();
    }

    JsonNode poll(String id) throws IOException {
        return call("GET", "/api/v1/polls/" + id, secretary, null, 200);
    }

    /** Whether the poll's turnout (the running count's members) lists the member. */
    boolean voted(String poll, String member) throws IOException {
        for (JsonNode voter : call("GET", "/api/v1/polls/" + poll + "/turnout", secretary, null, 200).path("voted")) {
            if (voter.asText().equals(member)) {
                return true;
            }
        }
        return false;
    }

    JsonNode close(String id) throws IOException {
        return call("POST", "/api/v1/polls/" + id + "/closure", secretary, null, 200);
    }

    // ------------------------------------------------------------------ the election service (ballot ingestion)

    /** A special election (its ballot may close at any time) of the two positions a delegate may stand for. */
    String callElection(int fiscalYear, String suffix, Instant ballotOpensAt, String periods) throws IOException {
        return call("POST", "/api/v1/elections", secretary, """
                {"fiscalYear":%d,"suffix":"%s","ballotOpensAt":"%s","periods":%s,
                 "contests":[{"position":"CHAIR_ELECT","seats":1},{"position":"AT_LARGE_K12","seats":2}]}"""
                .formatted(fiscalYear, suffix, ballotOpensAt, periods), 201).path("id").asText();
    }

    /** Nominated by a member's delegate and accepted by the nominee: the candidate's id. */
    String stand(String election, String position, String nominee, String nomineeMember, String nominatorToken)
            throws IOException {
        String id = call("POST", "/api/v1/elections/" + election + "/nominations", nominatorToken,
                "{\"position\":\"%s\",\"nominee\":\"%s\"}".formatted(position, nominee), 201).path("id").asText();
        call("POST", "/api/v1/elections/" + election + "/nominations/" + id + "/acceptance",
                delegateToken(nominee, nomineeMember), null, 200);
        return id;
    }

    void slate(String election) throws IOException {
        call("POST", "/api/v1/elections/" + election + "/slate", secretary, null, 200);
    }

    JsonNode contest(String id) throws IOException {
        return call("GET", "/api/v1/contests/" + id, secretary, null, 200);
    }

    JsonNode turnout(String contest) throws IOException {
        return call("GET", "/api/v1/contests/" + contest + "/turnout", secretary, null, 200);
    }

    JsonNode closeContest(String contest) throws IOException {
        return call("POST", "/api/v1/contests/" + contest + "/closure", secretary, null, 200);
    }

    JsonNode published(String contest) throws IOException {
        return call("GET", "/api/v1/contests/" + contest + "/published", secretary, null, 200);
    }

    /** The service's inclusion proof of a receipt, as a member asks for it. */
    JsonNode receiptProof(String contest, String receipt) throws IOException {
        return call("GET", "/api/v1/contests/" + contest + "/receipts/" + receipt, secretary, null, 200);
    }

    private JsonNode call(String method, String path, String token, String body, int expected) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
