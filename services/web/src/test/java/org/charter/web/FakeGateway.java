package org.charter.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway as the web app's page tests see it: an HTTP server on a free port answering what a
 * test set for a method and path (with its query), and recording each request. A request nobody
 * set is cut off without an answer, as a gateway that is down would be. The services behind the
 * real gateway are driven by the browser test (infra/devstack's {@code WebBrowserIT}).
 */
public final class FakeGateway {

    /** A request as it arrived: method, path with query, the token and idempotency key it carried, its body. */
    public record Request(String method, String target, String authorization, String idempotencyKey, String body) {
    }

    private record Answer(int status, String json) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeGateway(HttpServer server) {
        this.server = server;
    }

    public static FakeGateway start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeGateway gateway = new FakeGateway(server);
            server.createContext("/", gateway::handle);
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeGateway answer(String method, String target, int status, String json) {
        answers.put(method + " " + target, new Answer(status, json));
        return this;
    }

    public FakeGateway get(String target, String json) {
        return answer("GET", target, 200, json);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        answers.clear();
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getPath()
                + (exchange.getRequestURI().getQuery() == null ? "" : "?" + exchange.getRequestURI().getQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), target, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
        Answer answer = answers.get(exchange.getRequestMethod() + " " + target);
        if (answer == null) {
            exchange.close(); // no answer at all: the page must say the service is not answering
            return;
        }
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
