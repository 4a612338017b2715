package org.charter.workflow.throughput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.Actor;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.kafka.EventTopics;
import org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted;

/**
 * The committee service as the automated path needs it, on loopback: every motion is an open
 * policy before its first round; a consensus round it is asked to open is counted CONSENSUS
 * {@code resultDelay} later, published on {@code charter.committee.events} with the platform's
 * envelope, as the committee service would publish it. Counts the commands it received.
 */
final class CommitteeOnLoopback implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final AtomicLong pollsOpened = new AtomicLong();
    private final HttpServer server;
    private final KafkaProducer<String, byte[]> producer;
    private final ScheduledExecutorService counting = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "committee-counts");
        thread.setDaemon(true);
        return thread;
    });
    private final long resultDelayMillis;
    private volatile CloudEventEnvelope envelope;

    CommitteeOnLoopback(String kafka, long resultDelayMillis) throws IOException {
        this.resultDelayMillis = resultDelayMillis;
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", kafka, "linger.ms", 2), new StringSerializer(),
                new ByteArraySerializer());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/v1/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The service's own envelope, so the facts are exactly what its listener reads. */
    void publishWith(CloudEventEnvelope envelope) {
        this.envelope = envelope;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        if (exchange.getRequestMethod().equals("GET") && path.startsWith("/api/v1/motions/")) {
            String motion = path.substring("/api/v1/motions/".length());
            send(exchange, 200, "{\"id\":\"" + motion + "\",\"kind\":\"POLICY_ADOPTION\",\"status\":\"OPEN\","
                    + "\"nextStep\":\"CONSENSUS_ROUND\",\"polls\":[]}");
            return;
        }
        if (exchange.getRequestMethod().equals("POST") && path.equals("/api/v1/polls")) {
            JsonNode body = JSON.readTree(raw);
            String motion = body.path("motion").asText();
            String poll = motion + "-1";
            pollsOpened.incrementAndGet();
            send(exchange, 201, "{\"id\":\"" + poll + "\",\"status\":\"OPEN\"}");
            counting.schedule(() -> counted(motion, poll), resultDelayMillis, TimeUnit.MILLISECONDS);
            return;
        }
        if (path.endsWith("/turnout")) {
            send(exchange, 200, "{\"notYet\":[]}");
            return;
        }
        send(exchange, 404, "{\"code\":\"NOT_FOUND\",\"detail\":\"not part of the automated path: " + path + "\"}");
    }

    private void counted(String motion, String poll) {
        var fact = new ConsensusRoundCounted(motion, poll, 1, Instant.now(), "CONSENSUS", List.of());
        var recorded = new RecordedEvent(UUID.randomUUID(), "charter.committee.ConsensusRoundCounted.v1", "motion:" + motion,
                2, Instant.now(), "bench-" + motion, null, Actor.SYSTEM, fact);
        CloudEvent event = envelope.toCloudEvent(recorded, CloudEventEnvelope.sourceOf("committee"));
        producer.send(CloudEventEnvelope.toProducerRecord(EventTopics.of("committee"), event));
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
        counting.shutdownNow();
        producer.close();
    }
}
