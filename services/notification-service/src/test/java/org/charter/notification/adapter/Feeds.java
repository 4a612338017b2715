package org.charter.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.Actor;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;

/**
 * Plays membership, the committee and the workflow on their topics: each event in its producer's
 * shape (checked against that producer's schema before it is sent), as a CloudEvent with the
 * stream as key and per-stream sequences. Keeps every record it sent, so a test can send the very
 * same records again (same event ids) as a redelivery.
 */
public final class Feeds implements AutoCloseable {

    private static final Map<String, Long> SEQUENCES = new ConcurrentHashMap<>();

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(EventTypes.of()));
    private final EventSchemas schemas = EventSchemas.inRepository();
    private final MongoDatabase database;
    public final List<ProducerRecord<String, byte[]>> sent = new ArrayList<>();

    public Feeds(MongoDatabase database) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CharterInfrastructureExtension.endpoints().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(config);
        this.database = database;
    }

    /** A member with its delegate and alternates from {@code since}. */
    public Feeds member(String member, Instant since, String delegate, String... alternates) {
        send("membership", "DelegateAppointed", member, since, """
                {"memberId":"%s","delegate":%s,"replacedPersonId":null,"decidedAt":"%s","effectiveAt":"%s","decision":%s}"""
                .formatted(member, person(delegate), since, since, decision()));
        if (alternates.length > 0) {
            send("membership", "AlternatesAppointed", member, since, """
                    {"memberId":"%s","alternates":[%s],"decidedAt":"%s","effectiveAt":"%s","decision":%s}""".formatted(
                    member, List.of(alternates).stream().map(Feeds::person).collect(Collectors.joining(",")), since, since,
                    decision()));
        }
        return this;
    }

    public RecordedEvent pollScheduled(String motion, int number, Instant opensAt, Instant closesAt) {
        return send("committee", "PollScheduled", "motion:" + motion, opensAt, """
                {"motionId":"%s","pollId":"%s-%d","type":"FORMAL_VOTE","round":1,"textVersion":1,"opensAt":"%s","closesAt":"%s"}"""
                .formatted(motion, motion, number, opensAt, closesAt));
    }

    public RecordedEvent pollOpened(String motion, int number, Instant opensAt, List<String> electorate) {
        return send("committee", "PollOpened", "motion:" + motion, opensAt, """
                {"motionId":"%s","pollId":"%s-%d","opensAt":"%s","electorate":[%s],"excluded":null,
                 "threshold":"MAJORITY_CAST","openedAt":"%s"}""".formatted(motion, motion, number, opensAt,
                electorate.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")), opensAt));
    }

    public RecordedEvent voteCast(String poll, String member, String person, Instant at) {
        return send("committee", "VoteCast", "vote:" + poll + ":" + member, at, """
                {"pollId":"%s","memberId":"%s","choice":"YES","castAt":"%s","castBy":"%s"}""".formatted(poll, member, at, person));
    }

    public RecordedEvent reminderDue(String motion, String poll, Instant closesAt, Duration leadTime, List<String> members) {
        return send("workflow", "PollReminderDue", "approval:pi-" + motion, closesAt.minus(leadTime), """
                {"processInstanceId":"pi-%s","motionId":"%s","pollId":"%s","closesAt":"%s","leadTime":"%s","members":[%s]}"""
                .formatted(motion, motion, poll, closesAt, leadTime, members.stream().map(m -> "\"" + m + "\"")
                        .collect(Collectors.joining(","))));
    }

    public RecordedEvent pollClosed(String motion, String poll, Instant at) {
        return send("committee", "PollClosed", "motion:" + motion, at, """
                {"motionId":"%s","pollId":"%s","closedAt":"%s","early":false}""".formatted(motion, poll, at));
    }

    public RecordedEvent formalVoteCounted(String motion, String poll, Instant at, String outcome) {
        return send("committee", "FormalVoteCounted", "motion:" + motion, at, """
                {"motionId":"%s","pollId":"%s","closedAt":"%s","outcome":"%s","threshold":"MAJORITY_CAST",
                 "rule":"MAJORITY_CAST: Y > No","explanation":"quorum met","counts":{"electorate":3,"quorum":2,"yes":2,
                 "no":0,"abstain":0,"cast":2,"participating":2},"rollCall":[],"rightsLost":{}}"""
                .formatted(motion, poll, at, outcome));
    }

    /** Sends every record sent so far again, byte for byte: the same event ids, as Kafka redelivers. */
    public void redeliverAll() {
        for (ProducerRecord<String, byte[]> record : List.copyOf(sent)) {
            try {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())).get();
            } catch (Exception e) {
                throw new AssertionError("could not redeliver", e);
            }
        }
    }

    /** Waits until the notification service's roll has applied everything sent for these members. */
    public void awaitRoll(String... members) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (String member : members) {
            long expected = SEQUENCES.getOrDefault(member, 0L);
            while (true) {
                Document doc = database.getCollection("appointment_roll").find(Filters.eq("_id", member)).first();
                long applied = doc == null ? 0 : doc.get("version", Number.class).longValue();
                if (applied >= expected) {
                    break;
                }
                assertThat(System.nanoTime()).as("the roll applies member %s's events", member).isLessThan(deadline);
                pause();
            }
        }
    }

    private RecordedEvent send(String context, String name, String stream, Instant time, String json) {
        String type = "charter." + context + "." + name + ".v1";
        schemas.validate(type, json);
        long sequence = SEQUENCES.merge(stream, 1L, Long::sum);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), type, stream, sequence, time,
                UUID.randomUUID().toString(), null, Actor.SYSTEM, null);
        var cloudEvent = envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf(context),
                json.getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventEnvelope.toProducerRecord("charter." + context + ".events", cloudEvent);
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not send " + type, e);
        }
        sent.add(record);
        return event;
    }

    private static String person(String personId) {
        return "{\"personId\":\"" + personId + "\",\"name\":\"Person " + personId + "\"}";
    }

    private static String decision() {
        return "{\"kind\":\"MINUTES\",\"reference\":\"GB minutes\"}";
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

}
