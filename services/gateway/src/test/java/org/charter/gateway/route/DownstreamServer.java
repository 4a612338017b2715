package org.charter.gateway.route;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for a service behind the gateway: it records what reaches it and
 * answers {@code /v3/api-docs} with an OpenAPI document, paths ending in {@code /slow} only once
 * released (or closed), and anything else with 201 and a small JSON body.
 */
final class DownstreamServer implements AutoCloseable {

    record Received(String method, String pathAndQuery, Headers headers, String body) {
    }

    static final String API_DOCS = "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"membership\",\"version\":\"v1\"},"
            + "\"servers\":[{\"url\":\"http://localhost:8081\",\"description\":\"Generated server url\"}],"
            + "\"paths\":{\"/api/v1/members\":{}}}";

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch slowRequestsReleased = new CountDownLatch(1);

    DownstreamServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    static DownstreamServer forTheWholeRun() {
        DownstreamServer server = new DownstreamServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "downstream-server-stop"));
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request that reached this server. */
    Received nextRequest() throws InterruptedException {
        Received next = received.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no request reached the downstream server");
        }
        return next;
    }

    void forgetRequests() {
        received.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        received.add(new Received(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                exchange.getRequestHeaders(), body));
        if (path.endsWith("/slow")) {
            awaitRelease();
        }
        boolean apiDocs = path.equals("/v3/api-docs");
        byte[] answer = (apiDocs ? API_DOCS : "{\"served\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Served-By", "downstream");
        exchange.sendResponseHeaders(apiDocs ? 200 : 201, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            slowRequestsReleased.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void releaseSlowRequests() {
        slowRequestsReleased.countDown();
    }

    /** A local port nothing listens on: a service that is down. */
    static String urlOfAServiceThatIsDown() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        releaseSlowRequests();
        server.stop(0);
    }
}
