package org.charter.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.charter.notification.NotificationServiceTest;
import org.charter.notification.ShiftableClock;
import org.charter.notification.notice.WorkflowFact;
import org.charter.notification.webhook.WebhookSignature;
import org.charter.platform.consumer.ProcessedEvents;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.TestTokens;
import org.charter.platform.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Webhooks end to end: subscriptions through the API, a poll's events on the real broker, signed
 * deliveries to a real HTTP receiver in the test that checks every signature; retries fall due by
 * moving the service's clock, not by sleeping.
 */
@NotificationServiceTest
class WebhooksIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    ShiftableClock clock;

    private Api api;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile String secret;

    record Received(String id, String timestamp, String signature, String body, boolean verified, int answered) {
    }

    @BeforeEach
    void start() throws Exception {
        api = new Api(port);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean verified = secret != null && WebhookSignature.verify(secret, id, Long.parseLong(timestamp), body, signature);
            int status = !verified ? 401 : failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Received(id, timestamp, signature, body, verified, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void a_receiver_failing_three_times_gets_the_signed_event_once_and_a_redelivery_sends_nothing_again() {
        String delegate = TestTokens.token("ca-integrator", Role.DELEGATE, "CA");
        Api.Response created = api.post("/api/v1/webhooks", delegate, """
                {"url":"http://127.0.0.1:%d/hook","eventTypes":["charter.committee.PollOpened.v1"]}""".formatted(
                receiver.getAddress().getPort()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        secret = created.json().path("secret").asText();
        String id = created.json().path("id").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get("/api/v1/webhooks/" + id, delegate).json().has("secret")).isFalse();

        failuresLeft.set(3);
        String motion = "m-" + ("hook" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "000000")
                .substring(0, 10);
        Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Feeds feeds = new Feeds(database)) {
            RecordedEvent opened = feeds.pollOpened(motion, 1, opens, List.of("CA"));
            await(() -> received.size(), 1);
            for (int retry = 1; retry <= 3; retry++) {
                clock.advance(Duration.ofSeconds(30L << (retry - 1)).plusSeconds(1));
                int expected = retry + 1;
                await(() -> received.size(), expected);
            }
            assertThat(received).hasSize(4);
            assertThat(received).allSatisfy(r -> {
                assertThat(r.verified()).isTrue();
                assertThat(r.id()).isEqualTo(opened.id().toString());
            });
            assertThat(received).extracting(Received::answered).containsExactly(500, 500, 500, 204);
            JsonNode payload = new Api.Response(200, "", received.get(3).body(), false).json();
            assertThat(payload.path("type").asText()).isEqualTo("charter.committee.PollOpened.v1");
            assertThat(payload.path("data").path("pollId").asText()).isEqualTo(motion + "-1");
            JsonNode deliveries = api.get("/api/v1/webhooks/" + id + "/deliveries", delegate).json();
            assertThat(deliveries.get(0).path("status").asText()).isEqualTo("DELIVERED");
            assertThat(deliveries.get(0).path("attempts").asInt()).isEqualTo(4);

            // the broker delivers the event again, as after a restart: the receiver hears nothing more
            database.getCollection(ProcessedEvents.COLLECTION).deleteOne(Filters.eq("_id", "notification.notices/" + opened.id()));
            feeds.redeliverAll();
            await(() -> (int) database.getCollection(ProcessedEvents.COLLECTION)
                    .countDocuments(Filters.eq("_id", "notification.notices/" + opened.id())), 1);
            clock.advance(Duration.ofMinutes(10));
            pause(Duration.ofSeconds(1));
            assertThat(received).hasSize(4);
        }
    }

    @Test
    void a_delivery_failing_for_a_day_is_parked_and_a_secretary_reads_it_with_its_fact_on_the_topic() {
        AtomicInteger attempts = new AtomicInteger();
        receiver.createContext("/down", exchange -> {
            exchange.getRequestBody().readAllBytes();
            attempts.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        String delegate = TestTokens.token("pr-integrator", Role.DELEGATE, "PR");
        Api.Response created = api.post("/api/v1/webhooks", delegate, """
                {"url":"http://127.0.0.1:%d/down","eventTypes":["charter.committee.PollOpened.v1"]}""".formatted(
                receiver.getAddress().getPort()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String subscription = created.json().path("id").asText();
        String motion = "m-" + ("park" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "000000")
                .substring(0, 10);
        Duration shifted = Duration.ZERO;
        try (Feeds feeds = new Feeds(database)) {
            RecordedEvent opened = feeds.pollOpened(motion, 1, Instant.now().truncatedTo(ChronoUnit.SECONDS), List.of("PR"));
            await(attempts::get, 1);
            // past the day of retries: the next attempt fails too and the schedule gives up
            shifted = Duration.ofDays(1).plusMinutes(1);
            clock.advance(shifted);
            String secretary = TestTokens.token("sam", Role.SECRETARY, null);
            await(() -> parkedOf(secretary, subscription).size(), 1);

            JsonNode parked = parkedOf(secretary, subscription).get(0);
            assertThat(parked.path("eventId").asText()).isEqualTo(opened.id().toString());
            assertThat(parked.path("eventType").asText()).isEqualTo("charter.committee.PollOpened.v1");
            assertThat(parked.path("subscriptionId").asText()).isEqualTo(subscription);
            assertThat(parked.path("status").asText()).isEqualTo("PARKED");
            assertThat(parked.path("attempts").asInt()).isEqualTo(2).isEqualTo(attempts.get());
            assertThat(parked.path("lastError").asText()).isEqualTo("HTTP 503");
            assertThat(parked.path("nextAttemptAt").isMissingNode() || parked.path("nextAttemptAt").isNull()).isTrue();
            assertThat(api.get("/api/v1/webhook-deliveries/parked", delegate).status()).isEqualTo(403);

            // the service's own fact, as any consumer of its topic reads it
            JsonNode fact = awaitParkedFact(subscription);
            assertThat(fact.path("sourceEventId").asText()).isEqualTo(opened.id().toString());
            assertThat(fact.path("sourceType").asText()).isEqualTo("charter.committee.PollOpened.v1");
            assertThat(fact.path("attempts").asInt()).isEqualTo(2);

            // parked means given up: later ticks send nothing more
            clock.advance(Duration.ofHours(3));
            shifted = shifted.plusHours(3);
            pause(Duration.ofSeconds(1));
            assertThat(attempts.get()).isEqualTo(2);
        } finally {
            // the clock is shared by every IT of the context: put it back where it was
            clock.advance(shifted.negated());
        }
    }

    private List<JsonNode> parkedOf(String token, String subscription) {
        Api.Response response = api.get("/api/v1/webhook-deliveries/parked", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> mine = new java.util.ArrayList<>();
        response.json().forEach(d -> {
            if (d.path("subscriptionId").asText().equals(subscription)) {
                mine.add(d);
            }
        });
        return mine;
    }

    private static JsonNode awaitParkedFact(String subscription) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<JsonNode> found = TopicReader.all(CharterInfrastructureExtension.endpoints().kafkaBootstrapServers(),
                            "charter.notification.events", Duration.ofSeconds(10)).stream().map(CloudEventEnvelope::fromKafka)
                    .filter(e -> e.getType().equals("charter.notification.WebhookDeliveryParked.v1"))
                    .map(e -> new Api.Response(200, "", new String(e.getData().toBytes(), StandardCharsets.UTF_8), false).json())
                    .filter(d -> d.path("subscriptionId").asText().equals(subscription))
                    .toList();
            if (!found.isEmpty()) {
                assertThat(found).hasSize(1);
                return found.get(0);
            }
            assertThat(System.nanoTime()).as("WebhookDeliveryParked.v1 for " + subscription + " on the topic").isLessThan(deadline);
            pause(Duration.ofMillis(200));
        }
    }

    @Test
    void a_contest_subscription_gets_the_contests_opening_and_certification_signed_and_nothing_else() {
        String delegate = TestTokens.token("hi-integrator", Role.DELEGATE, "HI");
        Api.Response created = api.post("/api/v1/webhooks", delegate, """
                {"url":"http://127.0.0.1:%d/hook","eventTypes":["charter.election.ContestOpened.v1",
                 "charter.election.ContestCertified.v1"]}""".formatted(receiver.getAddress().getPort()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        secret = created.json().path("secret").asText();
        String election = "EC-FY2029-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        String contest = election + ".AT_LARGE_K12";
        Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Feeds feeds = new Feeds(database)) {
            RecordedEvent opened = feeds.contestOpened(election, contest, opens, List.of("HI"));
            feeds.contestClosed(election, contest, opens.plusSeconds(60));
            RecordedEvent certified = feeds.contestCertified(election, contest, "kim", "Kim", "HI", opens.plusSeconds(120));
            await(() -> received.size(), 2);
            pause(Duration.ofSeconds(1));
            assertThat(received).extracting(Received::id).containsExactlyInAnyOrder(opened.id().toString(), certified.id().toString());
            assertThat(received).allSatisfy(r -> assertThat(r.verified()).isTrue());
            JsonNode payload = received.stream().filter(r -> r.id().equals(certified.id().toString())).findFirst()
                    .map(r -> new Api.Response(200, "", r.body(), false).json()).orElseThrow();
            assertThat(payload.path("type").asText()).isEqualTo("charter.election.ContestCertified.v1");
            assertThat(payload.path("data").path("contestId").asText()).isEqualTo(contest);
            assertThat(payload.path("data").path("elected").get(0).path("name").asText()).isEqualTo("Kim");
        }
    }

    @Test
    void a_task_subscription_gets_a_signed_delivery_of_the_task_assigned_event_from_the_workflows_topic() {
        String secretary = TestTokens.token("sam", Role.SECRETARY, null);
        Api.Response created = api.post("/api/v1/webhooks", secretary, """
                {"url":"http://127.0.0.1:%d/hook","eventTypes":["charter.workflow.TaskAssigned.v1"]}""".formatted(
                receiver.getAddress().getPort()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        secret = created.json().path("secret").asText();
        String id = created.json().path("id").asText();
        String task = "t-hook" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant due = now.plus(Duration.ofDays(3));
        try (Feeds feeds = new Feeds(database)) {
            RecordedEvent assigned = feeds.taskAssigned(new WorkflowFact.TaskAssigned(task, "Revise the motion", "reviseMotion",
                    "policy-approval", "pi-" + task, "m-hooktask01", null, List.of("secretary"), List.of("ca-del"), now, due,
                    "/processes?task=" + task));
            await(() -> received.size(), 1);
            pause(Duration.ofSeconds(1));

            assertThat(received).singleElement().satisfies(r -> {
                assertThat(r.verified()).isTrue();
                assertThat(r.answered()).isEqualTo(204);
                assertThat(r.id()).isEqualTo(assigned.id().toString());
                assertThat(Long.parseLong(r.timestamp())).isBetween(clock.instant().getEpochSecond() - 60,
                        clock.instant().getEpochSecond() + 1);
                // the specification's recipe, apart from the service's own code: HMAC-SHA-256 of id.timestamp.body
                assertThat(r.signature()).isEqualTo("v1," + hmacSha256(secret, r.id() + "." + r.timestamp() + "." + r.body()));
            });
            JsonNode payload = new Api.Response(200, "", received.get(0).body(), false).json();
            assertThat(payload.path("id").asText()).isEqualTo(assigned.id().toString());
            assertThat(payload.path("type").asText()).isEqualTo("charter.workflow.TaskAssigned.v1");
            assertThat(payload.path("subject").asText()).isEqualTo("task:" + task);
            JsonNode data = payload.path("data");
            assertThat(data.path("taskId").asText()).isEqualTo(task);
            assertThat(data.path("taskName").asText()).isEqualTo("Revise the motion");
            assertThat(data.path("businessKey").asText()).isEqualTo("m-hooktask01");
            assertThat(data.path("assignee").isNull()).isTrue();
            assertThat(data.path("candidateGroups").get(0).asText()).isEqualTo("secretary");
            assertThat(data.path("candidateUsers").get(0).asText()).isEqualTo("ca-del");
            assertThat(data.path("createdAt").asText()).isEqualTo(now.toString());
            assertThat(data.path("due").asText()).isEqualTo(due.toString());
            assertThat(data.path("link").asText()).isEqualTo("/processes?task=" + task);
            assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries", secretary).json().get(0).path("status").asText())
                    .isEqualTo("DELIVERED");
        }
    }

    @Test
    void refused_subscriptions_say_why_and_store_nothing() {
        String delegate = TestTokens.token("wa-integrator", Role.DELEGATE, "WA");
        int before = api.get("/api/v1/webhooks", TestTokens.auditor()).json().size();

        assertProblem(api.post("/api/v1/webhooks", delegate, """
                {"url":"http://93.184.216.34/charter","eventTypes":["charter.committee.PollOpened.v1"]}"""), 422,
                "WEBHOOK_URL_NOT_HTTPS");
        assertProblem(api.post("/api/v1/webhooks", delegate, """
                {"url":"https://10.1.2.3/charter","eventTypes":["charter.committee.PollOpened.v1"]}"""), 422,
                "WEBHOOK_URL_NOT_PUBLIC");
        assertProblem(api.post("/api/v1/webhooks", delegate, """
                {"url":"https://169.254.169.254/latest","eventTypes":["charter.committee.PollOpened.v1"]}"""), 422,
                "WEBHOOK_URL_NOT_PUBLIC");
        assertProblem(api.post("/api/v1/webhooks", delegate, """
                {"url":"https://93.184.216.34/charter","eventTypes":["charter.committee.VoteCast.v1"]}"""), 400,
                "UNKNOWN_EVENT_TYPE");
        assertThat(api.post("/api/v1/webhooks", TestTokens.auditor(), """
                {"url":"http://127.0.0.1:9/hook","eventTypes":["charter.committee.PollOpened.v1"]}""").status()).isEqualTo(403);

        assertThat(api.get("/api/v1/webhooks", TestTokens.auditor()).json().size()).isEqualTo(before);
    }

    @Test
    void a_person_reads_and_changes_only_their_own_preferences() {
        String alice = TestTokens.token("alice-del", Role.DELEGATE, "CA");
        Api.Response chosen = api.put("/api/v1/people/alice-del/preferences", alice,
                "{\"language\":\"ES\",\"emailOff\":[\"POLL_RESULT\"]}");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/people/alice-del/preferences", alice).json().path("language").asText()).isEqualTo("ES");

        String bob = TestTokens.token("bob-del", Role.DELEGATE, "WA");
        Api.Response bobs = api.put("/api/v1/people/bob-del/preferences", bob, "{\"language\":\"ES\",\"emailOff\":[\"MOTION_REVISED\"]}");
        assertThat(bobs.status()).as(bobs.toString()).isEqualTo(200);
        JsonNode bobsBefore = api.get("/api/v1/people/bob-del/preferences", bob).json();
        assertProblem(api.put("/api/v1/people/bob-del/preferences", alice, "{\"language\":\"EN\"}"), 403, "NOT_YOUR_PREFERENCES");
        assertProblem(api.get("/api/v1/people/bob-del/preferences", alice), 403, "NOT_YOUR_PREFERENCES");
        JsonNode bobsAfter = api.get("/api/v1/people/bob-del/preferences", bob).json();
        assertThat(bobsAfter).isEqualTo(bobsBefore);
        assertThat(bobsAfter.path("language").asText()).isEqualTo("ES");
        assertThat(bobsAfter.path("emailOff").get(0).asText()).isEqualTo("MOTION_REVISED");
        assertThat(api.put("/api/v1/people/alice-del/preferences", alice, "{\"language\":\"FR\"}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people/alice-del/preferences", alice).json().path("emailOff").get(0).asText())
                .isEqualTo("POLL_RESULT");
    }

    @Test
    void the_delivery_log_is_for_secretaries_and_auditors() {
        assertThat(api.get("/api/v1/deliveries?size=5", TestTokens.auditor()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/deliveries?size=5", TestTokens.delegate("CA")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/webhook-deliveries/parked", TestTokens.delegate("CA")).status()).isEqualTo(403);
    }

    /** Standard Webhooks: base64 of HMAC-SHA-256 keyed with the base64-decoded secret after {@code whsec_}. */
    private static String hmacSha256(String secret, String content) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
    }

    private static void await(IntSupplier value, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (value.getAsInt() < atLeast && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(100));
        }
        assertThat(value.getAsInt()).isGreaterThanOrEqualTo(atLeast);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
