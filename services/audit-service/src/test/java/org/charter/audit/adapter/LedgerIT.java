package org.charter.audit.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.charter.audit.AuditServiceTest;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.Sha256;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.test.Api;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Membership and committee events published by the platform's store and relay are ingested into
 * the ledger through Kafka; the ledger is then tampered with directly in MongoDB, each way at a
 * time (and restored after), and verification names the problem and the entry.
 */
@AuditServiceTest
class LedgerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EVENTS = History.EVENTS;
    private List<Document> original;

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Api api;
    private MongoCollection<Document> entries;

    @BeforeEach
    void publishOnceAndWaitForTheLedger() {
        api = new Api(port);
        entries = database.getCollection(MongoLedgerStore.ENTRIES);
        original = History.published(database);
    }

    @AfterEach
    void restoreTheLedger() {
        History.restore(database);
    }

    @Test
    void every_event_of_both_topics_is_one_entry_and_the_untouched_ledger_verifies() {
        JsonNode v = verification();

        assertThat(v.get("ok").asBoolean()).isTrue();
        assertThat(v.get("entries").asLong()).isEqualTo(EVENTS);
        assertThat(v.get("firstBroken").isNull()).isTrue();
        assertThat(original).extracting(d -> d.getString("topic")).contains("charter.membership.events", "charter.committee.events");
        JsonNode checkpoints = api.get("/api/v1/ledger/checkpoints", TestTokens.auditor()).json();
        assertThat(checkpoints).hasSize(EVENTS / 4); // every four entries
        assertThat(checkpoints.get(1).get("toPosition").asLong()).isEqualTo(8);
    }

    @Test
    void the_two_parts_of_the_stored_order_are_the_whole_ledger_each_entry_once() {
        // verification walks them at once; a part that left an entry out would only be walked again in position order
        MongoLedgerStore store = new MongoLedgerStore(database);
        try (var first = store.asStored(8, true); var rest = store.asStored(8, false)) {
            assertThat(first.map(LedgerEntry::position)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            assertThat(rest.map(LedgerEntry::position))
                    .containsExactlyElementsOf(LongStream.rangeClosed(9, EVENTS).boxed().toList());
        }
    }

    @Test
    void the_cross_check_finds_every_event_on_its_topic_and_every_entry_in_the_ledger() {
        JsonNode report = api.get("/api/v1/ledger/cross-check", TestTokens.auditor()).json();

        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("matched").asLong()).isEqualTo(EVENTS);
        assertThat(report.get("differences")).isEmpty();
    }

    @Test
    void an_entry_altered_in_mongodb_is_named_altered() {
        Document sixth = original.get(5);
        String altered = sixth.getString("event").replace("\"specversion\":\"1.0\"", "\"specversion\":\"1.0\",\"x\":1");
        assertThat(altered).isNotEqualTo(sixth.getString("event"));
        entries.updateOne(Filters.eq("_id", 6L), new Document("$set", new Document("event", altered)));

        assertBroken(6, sixth.getString("eventId"), "ALTERED");
        JsonNode report = api.get("/api/v1/ledger/cross-check", TestTokens.auditor()).json();
        assertThat(report.get("differing").asLong()).isEqualTo(1);
        assertThat(report.get("differences").get(0).get("position").asLong()).isEqualTo(6);
    }

    @Test
    void an_entrys_stored_time_moved_back_a_day_in_mongodb_is_named_altered_though_every_hash_holds() {
        // the stored time is what replay "as of" an instant and the time index select by; no hash covers it
        Document fourth = original.get(3);
        Date dayEarlier = Date.from(fourth.getDate("time").toInstant().minus(Duration.ofDays(1)));
        entries.updateOne(Filters.eq("_id", 4L), new Document("$set", new Document("time", dayEarlier)));

        assertBroken(4, fourth.getString("eventId"), "ALTERED");
    }

    @Test
    void an_entry_altered_in_the_later_half_of_the_ledger_is_named_altered() {
        // verification walks the two halves of the ledger at once, split at the middle checkpoint
        Document late = original.get(EVENTS - 2);
        entries.updateOne(Filters.eq("_id", (long) EVENTS - 1), new Document("$set", new Document("offset", 999L)));

        assertBroken(EVENTS - 1, late.getString("eventId"), "ALTERED");
    }

    @Test
    void a_deleted_entry_is_named_missing_and_its_event_is_not_in_the_ledger() {
        entries.deleteOne(Filters.eq("_id", 3L));

        assertBroken(3, null, "MISSING");
        JsonNode report = api.get("/api/v1/ledger/cross-check", TestTokens.auditor()).json();
        assertThat(report.get("notInLedger").asLong()).isEqualTo(1);
        assertThat(report.get("differences").get(0).get("eventId").asText()).isEqualTo(original.get(2).getString("eventId"));
    }

    @Test
    void an_inserted_entry_is_named_inserted_at_its_position() {
        // a forger's entry with valid hashes and copies of its event's attributes, linked to entry 4, and the
        // later entries moved one place up
        Document fourth = original.get(3);
        String forgedEvent = "{\"forged\":true,\"subject\":\"" + fourth.getString("subject") + "\",\"time\":\""
                + fourth.getDate("time").toInstant() + "\",\"type\":\"" + fourth.getString("type") + "\"}";
        String eventHash = Sha256.hex(forgedEvent);
        String forgedId = "00000000-0000-4000-8000-000000000001";
        String hash = Sha256.hex(fourth.getString("hash") + "\n" + forgedId + "\n" + fourth.getString("topic") + "\n0\n99\n" + eventHash);
        entries.deleteMany(Filters.gte("_id", 5L));
        List<Document> moved = new ArrayList<>();
        moved.add(new Document(fourth).append("_id", 5L).append("eventId", forgedId).append("partition", 0).append("offset", 99L)
                .append("event", forgedEvent).append("eventHash", eventHash).append("previousHash", fourth.getString("hash"))
                .append("hash", hash));
        original.subList(4, EVENTS).forEach(d -> moved.add(new Document(d).append("_id", d.getLong("_id") + 1)));
        entries.insertMany(moved);

        assertBroken(5, forgedId, "INSERTED");
    }

    @Test
    void a_reordered_pair_is_named_reordered_at_the_first_of_the_two() {
        Document seventh = original.get(6);
        Document eighth = original.get(7);
        entries.deleteMany(Filters.in("_id", 7L, 8L));
        entries.insertMany(List.of(new Document(eighth).append("_id", 7L), new Document(seventh).append("_id", 8L)));

        assertBroken(7, eighth.getString("eventId"), "REORDERED");
    }

    @Test
    void a_redelivered_batch_adds_no_entry() {
        String topic = "charter.membership.events";
        Map<TopicPartition, Long> end = resend(topic);

        await(() -> caughtUp(end), "the ledger's consumer read the redelivered records");

        assertThat(entries.countDocuments()).isEqualTo(EVENTS);
        assertThat(verification().get("ok").asBoolean()).isTrue();
        JsonNode report = api.get("/api/v1/ledger/cross-check", TestTokens.auditor()).json();
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("redelivered").asLong()).isGreaterThanOrEqualTo(History.MEMBERSHIP_RECORDS);
    }

    @Test
    void an_export_of_a_range_of_positions_carries_hashes_anyone_can_recompute() throws Exception {
        Api.Response export = api.get("/api/v1/ledger/export?fromPosition=1&toPosition=" + EVENTS, TestTokens.auditor());

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/jsonl");
        String[] lines = export.body().split("\n");
        assertThat(lines).hasSize(EVENTS);
        String previous = "0".repeat(64);
        for (String line : lines) {
            JsonNode e = JSON.readTree(line);
            assertThat(Sha256.hex(e.get("event").asText())).isEqualTo(e.get("eventHash").asText());
            assertThat(e.get("previousHash").asText()).isEqualTo(previous);
            String sealed = String.join("\n", e.get("previousHash").asText(), e.get("eventId").asText(),
                    e.get("topic").asText(), e.get("partition").asText(), e.get("offset").asText(), e.get("eventHash").asText());
            assertThat(Sha256.hex(sealed)).isEqualTo(e.get("hash").asText());
            previous = e.get("hash").asText();
        }
    }

    @Test
    void an_aggregates_history_is_exported_by_its_subject() throws Exception {
        Api.Response export = api.get("/api/v1/ledger/export?subject=member-WA", TestTokens.auditor());

        assertThat(export.status()).isEqualTo(200);
        String[] lines = export.body().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode event = JSON.readTree(JSON.readTree(lines[0]).get("event").asText());
        assertThat(event.get("type").asText()).isEqualTo("charter.membership.MemberRegistered.v1");
        assertThat(event.get("data").get("memberId").asText()).isEqualTo("WA");
    }

    @Test
    void an_export_by_time_range_selects_the_events_of_that_time() {
        Api.Response all = api.get("/api/v1/ledger/export?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z",
                TestTokens.auditor());
        Api.Response none = api.get("/api/v1/ledger/export?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z",
                TestTokens.auditor());

        assertThat(all.body().split("\n")).hasSize(EVENTS);
        assertThat(none.body()).isEmpty();
    }

    @Test
    void an_export_without_one_clear_selection_is_a_problem_that_says_what_to_choose() {
        for (String query : List.of("", "?subject=member-WA&fromPosition=1&toPosition=2", "?from=2026-01-01T00:00:00Z",
                "?fromPosition=5&toPosition=2", "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")) {
            Api.Response refused = api.get("/api/v1/ledger/export" + query, TestTokens.auditor());
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asText()).isEqualTo("EXPORT_SELECTION_INVALID");
        }
        Api.Response badInstant = api.get("/api/v1/ledger/export?from=yesterday&to=today", TestTokens.auditor());
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.contentType()).startsWith("application/problem+json");
        assertThat(badInstant.json().get("code").asText()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void only_auditors_read_the_ledger() {
        for (String path : List.of("/api/v1/ledger/verification", "/api/v1/ledger/cross-check",
                "/api/v1/ledger/checkpoints", "/api/v1/ledger/export?subject=member-WA")) {
            assertThat(api.get(path, null).status()).as(path).isEqualTo(401);
            for (String token : List.of(TestTokens.secretary(), TestTokens.admin(), TestTokens.delegate("CA"))) {
                Api.Response refused = api.get(path, token);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("code").asText()).isEqualTo("FORBIDDEN");
            }
        }
    }

    @Test
    void the_service_is_healthy_and_documents_its_api() {
        assertThat(api.get("/actuator/health", null).body()).contains("UP");
        assertThat(api.get("/v3/api-docs", null).body()).contains("Charter audit API", "/api/v1/ledger/verification");
    }

    private JsonNode verification() {
        Api.Response response = api.get("/api/v1/ledger/verification", TestTokens.auditor());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void assertBroken(long position, String eventId, String problem) {
        JsonNode v = verification();
        assertThat(v.get("ok").asBoolean()).as(v.toString()).isFalse();
        JsonNode broken = v.get("firstBroken");
        assertThat(broken.get("position").asLong()).as(v.toString()).isEqualTo(position);
        assertThat(broken.get("problem").asText()).as(v.toString()).isEqualTo(problem);
        if (eventId == null) {
            assertThat(broken.get("eventId").isNull()).as(v.toString()).isTrue();
        } else {
            assertThat(broken.get("eventId").asText()).isEqualTo(eventId);
        }
    }

    /** Sends every record of the topic again, unchanged (a relay resending after a lost acknowledgement). */
    private static Map<TopicPartition, Long> resend(String topic) {
        String bootstrap = CharterInfrastructureExtension.endpoints().kafkaBootstrapServers();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).hasSize((int) History.MEMBERSHIP_RECORDS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (ConsumerRecord<String, byte[]> r : records) {
                producer.send(new ProducerRecord<>(topic, r.partition(), r.key(), r.value(), r.headers()));
            }
            producer.flush();
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        records.forEach(r -> end.merge(new TopicPartition(topic, r.partition()), r.offset() + 1, Math::max));
        end.replaceAll((p, offset) -> offset + records.stream().filter(r -> r.partition() == p.partition()).count());
        return end;
    }

    private static boolean caughtUp(Map<TopicPartition, Long> end) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                CharterInfrastructureExtension.endpoints().kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("audit.ledger")
                    .partitionsToOffsetAndMetadata().get();
            return end.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
                    && committed.get(e.getKey()).offset() >= e.getValue());
        } catch (Exception e) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
