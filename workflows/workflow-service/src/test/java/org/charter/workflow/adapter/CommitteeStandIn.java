package org.charter.workflow.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server answering the committee service's paths the workflow calls (DESIGN.md §10.1),
 * for this module's ITs until they run against the real committee service: it records each
 * request with its headers, honours {@code Idempotency-Key} (a repeated key answers the first
 * answer and acts once), answers {@code GET /api/v1/motions/{id}} for the motions a test put there
 * (404 {@code MOTION_NOT_FOUND} for any other) and can be made to fail with 503. It answers the
 * budget service's {@code GET /api/v1/budgets/{id}} too, for the budgets a test put there.
 */
final class CommitteeStandIn implements AutoCloseable {

    record Request(String method, String path, String key, String authorization, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Request> received = new CopyOnWriteArrayList<>();
    /** Requests that acted (first time under their key). */
    final List<Request> acted = new CopyOnWriteArrayList<>();
    volatile boolean failing;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final Map<String, String> motions = new ConcurrentHashMap<>();
    private final Map<String, String> budgets = new ConcurrentHashMap<>();
    private final HttpServer server;

    CommitteeStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A motion the committee knows, as {@code GET /api/v1/motions/{id}} shows it. */
    void motion(String motion, String kind, String status, String nextStep, int polls) {
        String summaries = String.join(",", Collections.nCopies(polls, "{\"type\":\"CONSENSUS_ROUND\"}"));
        motions.put(motion, "{\"id\":\"%s\",\"kind\":\"%s\",\"status\":\"%s\",\"nextStep\":\"%s\",\"polls\":[%s]}"
                .formatted(motion, kind, status, nextStep, summaries));
    }

    /** A policy just proposed: open, before its first round. */
    void policy(String motion) {
        motion(motion, "POLICY_ADOPTION", "OPEN", "CONSENSUS_ROUND", 0);
    }

    /** A budget of {@code fiscalYear} the budget service holds submitted, as {@code GET /api/v1/budgets/{id}} shows it. */
    void submittedBudget(String id, String fiscalYear) {
        budgets.put(id, "{\"id\":\"%s\",\"fiscalYear\":\"%s\",\"status\":\"EC_REVIEW\",\"version\":1,\"motionKind\":\"BUDGET_ADOPTION\"}"
                .formatted(id, fiscalYear));
    }

    List<Request> polls(String motion) {
        return acted.stream().filter(r -> r.path().equals("/api/v1/polls") && r.body().path("motion").asText().equals(motion))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        Request request = new Request(method, path, key, exchange.getRequestHeaders().getFirst("Authorization"), body);
        received.add(request);
        if (failing) {
            send(exchange, 503, "{\"code\":\"SERVICE_UNAVAILABLE\",\"detail\":\"the committee service is down\"}");
            return;
        }
        if (method.equals("GET") && path.startsWith("/api/v1/motions/")) {
            String motion = motions.get(path.substring("/api/v1/motions/".length()));
            if (motion == null) {
                send(exchange, 404, "{\"code\":\"MOTION_NOT_FOUND\",\"detail\":\"no motion with id " + path + "\"}");
            } else {
                send(exchange, 200, motion);
            }
            return;
        }
        if (method.equals("GET") && path.startsWith("/api/v1/budgets/")) {
            String budget = budgets.get(path.substring("/api/v1/budgets/".length()));
            if (budget == null) {
                send(exchange, 404, "{\"code\":\"BUDGET_NOT_FOUND\",\"detail\":\"no budget with id " + path + "\"}");
            } else {
                send(exchange, 200, budget);
            }
            return;
        }
        if (method.equals("GET") && path.endsWith("/turnout")) {
            send(exchange, 200, "{\"notYet\":[\"CA\"]}");
            return;
        }
        String answer = key == null ? null : answers.get(key);
        if (answer == null) {
            acted.add(request);
            if (path.equals("/api/v1/polls")) {
                String motion = body.path("motion").asText();
                int n = polls.computeIfAbsent(motion, m -> new AtomicInteger()).incrementAndGet();
                answer = "{\"id\":\"" + motion + "-" + n + "\",\"status\":\"OPEN\"}";
            } else if (path.endsWith("/revisions")) {
                answer = "{\"textVersion\":2}";
            } else {
                send(exchange, 404, "{\"code\":\"NOT_FOUND\",\"detail\":\"no such path\"}");
                return;
            }
            if (key != null) {
                answers.put(key, answer);
            }
        }
        send(exchange, 201, answer);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
