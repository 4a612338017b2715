package org.charter.notification.adapter;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.charter.notification.NotificationServiceTest;

/**
 * Plays membership's {@code GET /api/v1/members/{id}/contacts} (its documented answer: a list of
 * {@code personId}, {@code email}, {@code phone}) on a real HTTP port, refusing any other token
 * than the service's with 401, as membership does. One per test JVM, on a port the system picks.
 */
public final class ContactsServer {

    private static ContactsServer instance;

    private final Map<String, Map<String, String>> emails = new ConcurrentHashMap<>();
    public final AtomicInteger reads = new AtomicInteger();
    private final int port;

    private ContactsServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/members/", exchange -> {
                String[] parts = exchange.getRequestURI().getPath().split("/");
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                byte[] body;
                int status;
                if (!("Bearer " + NotificationServiceTest.SERVICE_TOKEN).equals(auth)) {
                    status = 401;
                    body = "{\"status\":401}".getBytes(StandardCharsets.UTF_8);
                } else {
                    reads.incrementAndGet();
                    String member = parts[4];
                    status = 200;
                    body = ("[" + emails.getOrDefault(member, Map.of()).entrySet().stream()
                            .map(e -> "{\"personId\":\"" + e.getKey() + "\",\"email\":\"" + e.getValue() + "\",\"phone\":null}")
                            .collect(Collectors.joining(",")) + "]").getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            port = server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized ContactsServer get() {
        if (instance == null) {
            instance = new ContactsServer();
        }
        return instance;
    }

    /** The port it answers on: a free one, picked by the system. */
    public int port() {
        return port;
    }

    /** Each person's address is {@code <personId>@members.test}. */
    public ContactsServer member(String memberId, List<String> people) {
        emails.put(memberId, people.stream().collect(Collectors.toMap(p -> p, ContactsServer::address)));
        return this;
    }

    public static String address(String personId) {
        return personId + "@members.test";
    }
}
