package org.charter.platform.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.EventTypes;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.faults.TopicLimits;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.sample.SampleApplication;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.charter.platform.test.TrustTestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@WithCharterInfrastructure
@TrustTestTokens
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class CharterEventsAutoConfigurationIT {

    private static final String CONTEXT = "app" + Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        registry.add("charter.service.context", () -> CONTEXT);
        registry.add("spring.data.mongodb.database", () -> "it-" + CONTEXT);
        registry.add("charter.relay.poll-interval", () -> "20ms");
    }

    @Autowired
    EventTypes types;
    @Autowired
    EventStore store;
    @Autowired
    MongoDatabase database;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    @Test
    void a_service_with_a_context_name_gets_its_registry_store_relay_and_subscriptions() throws Exception {
        assertThat(types.types()).containsExactlyInAnyOrder("charter.sample.TicketOpened.v1",
                "charter.sample.TicketCommented.v1", "charter.sample.TicketClosed.v1");
        assertThat(database.getName()).isEqualTo("it-" + CONTEXT);
        double appendedBefore = meters.get("charter.events.appended").counter().count();

        var context = new CommandContext(new Actor("sam", "secretary", null), "corr-app", null);
        var appended = (AppendResult.Appended) store.append("T-9", EventStore.NO_STREAM,
                List.of(new TicketOpened("T-9", "Budget", Instant.parse("2026-05-01T12:00:00Z")),
                        new TicketCommented("T-9", "looks fine")), context);

        await(() -> seen("T-9").size() == 2);
        assertThat(seen("T-9")).extracting(SampleApplication.Seen::event).containsExactlyElementsOf(appended.events());
        assertThat(seen("T-9")).extracting(SampleApplication.Seen::mdcCorrelationId).containsOnly("corr-app");
        seen("T-9").forEach(s -> EventSchemas.at(Path.of("src/test/resources/events")).validate(s.event()));
        assertThat(meters.get("charter.events.appended").counter().count() - appendedBefore).isEqualTo(2);
        assertThat(meters.get("charter.consumer.applied").tag("group", "sample-watcher").counter().count())
                .isGreaterThanOrEqualTo(2);
        await(() -> meters.get("charter.relay.pending").gauge().value() == 0);
    }

    @Test
    void a_parked_commit_is_a_health_warning_and_an_admin_lists_and_releases_it() throws Exception {
        String topic = EventTopics.of(CONTEXT);
        String bootstrap = CharterInfrastructureExtension.endpoints().kafkaBootstrapServers();
        TopicLimits.limitRecords(bootstrap, topic, 20_000);
        store.append("P-1", EventStore.NO_STREAM, List.of(new TicketCommented("P-1", "x".repeat(50_000))),
                CommandContext.system());

        await(() -> "WARNING".equals(get("/actuator/health", TestTokens.admin()).json().at("/components/outboxRelay/status").asText()));
        Answer health = get("/actuator/health", TestTokens.admin());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).as("the service still serves").isEqualTo("UP");
        assertThat(health.json().at("/components/outboxRelay/details/parked/0/stream").asText()).isEqualTo("P-1");
        Answer anonymous = get("/actuator/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).isFalse();

        Answer listed = get("/actuator/outbox", TestTokens.admin());
        assertThat(listed.status()).isEqualTo(200);
        JsonNode parked = listed.json().at("/parked/0");
        assertThat(parked.get("stream").asText()).isEqualTo("P-1");
        assertThat(parked.get("sequence").asLong()).isEqualTo(1);
        assertThat(parked.get("reason").asText()).contains("RecordTooLargeException");
        String id = parked.get("id").asText();
        assertThat(get("/actuator/outbox", TestTokens.secretary()).status()).isEqualTo(403);
        assertThat(get("/actuator/outbox", null).status()).isEqualTo(401);
        assertThat(post("/actuator/outbox/" + id, TestTokens.secretary()).status()).isEqualTo(403);
        Answer unknown = post("/actuator/outbox/000000000000000000000000", TestTokens.admin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("code").asText()).isEqualTo("PARKED_COMMIT_NOT_FOUND");
        assertThat(seen("P-1")).isEmpty();

        TopicLimits.limitRecords(bootstrap, topic, TopicLimits.KAFKA_DEFAULT); // the fix
        Answer released = post("/actuator/outbox/" + id, TestTokens.admin());

        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().at("/released/0/stream").asText()).isEqualTo("P-1");
        await(() -> seen("P-1").size() == 1);
        await(() -> "UP".equals(get("/actuator/health", TestTokens.admin()).json().at("/components/outboxRelay/status").asText()));
        assertThat(get("/actuator/outbox", TestTokens.admin()).json().get("parked")).isEmpty();
    }

    private static List<SampleApplication.Seen> seen(String stream) {
        return SampleApplication.SEEN.stream().filter(s -> s.event().streamId().equals(stream)).toList();
    }

    private record Answer(int status, String contentType, JsonNode json) {
    }

    private Answer get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET(), token);
    }

    private Answer post(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()), token);
    }

    private static Answer send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
    }

    private static void await(Check condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.test() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.test()).as("within " + WAIT).isTrue();
    }

    @FunctionalInterface
    private interface Check {
        boolean test() throws Exception;
    }
}
