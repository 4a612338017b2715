package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
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
 * Plays the membership service on {@code charter.membership.events}: each event in membership's
 * shape (checked against membership's own schemas before it is sent), as CloudEvents with the
 * member id as key and per-member sequences, then waits until the election service's roll applied it.
 */
final class MembershipFeed implements AutoCloseable {

    private static final String TOPIC = "charter.membership.events";
    private static final URI SOURCE = CloudEventEnvelope.sourceOf("membership");
    private static final Actor SECRETARY = new Actor("membership-secretary", "secretary", null);

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(EventTypes.of()));
    private final EventSchemas schemas = EventSchemas.inRepository();
    private final MongoDatabase database;
    /** Per member, across feeds: membership's streams go on where they left off. */
    private static final Map<String, Long> SEQUENCES = new java.util.concurrent.ConcurrentHashMap<>();

    MembershipFeed(MongoDatabase database) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CharterInfrastructureExtension.endpoints().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(config);
        this.database = database;
    }

    /** A GOVERNING member, ACTIVE from {@code since}, with its delegate and alternates. */
    MembershipFeed governing(String member, Instant since, String delegate, String... alternates) {
        register(member, "GOVERNING", since);
        standing("MemberAdmitted", member, since, "ACTIVE", "GOVERNING", true, null);
        delegate(member, delegate, since);
        if (alternates.length > 0) {
            send("AlternatesAppointed", member, """
                    {"memberId":"%s","alternates":[%s],"decidedAt":"%s","effectiveAt":"%s","decision":%s}""".formatted(
                    member, List.of(alternates).stream().map(p -> person(p)).collect(Collectors.joining(",")), since, since,
                    decision()));
        }
        return this;
    }

    MembershipFeed affiliate(String member, Instant since, String delegate) {
        register(member, "AFFILIATE", since);
        standing("MemberAdmitted", member, since, "ACTIVE", "AFFILIATE", false, null);
        return this;
    }

    MembershipFeed applicant(String member, String tier, Instant since) {
        register(member, tier, since);
        return this;
    }

    MembershipFeed suspend(String member, Instant effectiveAt) {
        return standing("MemberSuspended", member, effectiveAt, "SUSPENDED", "GOVERNING", false, "fees unpaid");
    }

    MembershipFeed reinstate(String member, Instant effectiveAt) {
        return standing("MemberReinstated", member, effectiveAt, "ACTIVE", "GOVERNING", true, null);
    }

    MembershipFeed delegate(String member, String person, Instant effectiveAt) {
        return send("DelegateAppointed", member, """
                {"memberId":"%s","delegate":%s,"replacedPersonId":null,"decidedAt":"%s","effectiveAt":"%s","decision":%s}"""
                .formatted(member, person(person), effectiveAt, effectiveAt, decision()));
    }

    /** A representative role (K12_LEAD, HIGHER_EDUCATION_LEAD, POSTSECONDARY_CAREERS_REP) from {@code effectiveAt}. */
    MembershipFeed representative(String member, String role, String person, Instant effectiveAt) {
        return send("RepresentativeAppointed", member, """
                {"memberId":"%s","role":"%s","person":%s,"replacedPersonId":null,"decidedAt":"%s","effectiveAt":"%s",
                 "decision":%s}""".formatted(member, role, person(person), effectiveAt, effectiveAt, decision()));
    }

    /** Waits until the election service's roll has applied everything sent for these members. */
    void awaitRoll(String... members) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (String member : members) {
            long expected = SEQUENCES.getOrDefault(member, 0L);
            while (true) {
                Document doc = database.getCollection("membership_roll").find(Filters.eq("_id", member)).first();
                long applied = doc == null ? 0 : doc.get("version", Number.class).longValue();
                if (applied >= expected) {
                    break;
                }
                assertThat(System.nanoTime()).as("the roll applies member %s's events (%d of %d)", member, applied, expected)
                        .isLessThan(deadline);
                sleep();
            }
        }
    }

    private void register(String member, String tier, Instant at) {
        send("MemberRegistered", member, """
                {"memberId":"%s","name":"Member %s","kind":"STATE","tier":"%s","appliedAt":"%s","status":"APPLICANT",
                 "votingRights":false}""".formatted(member, member, tier, at));
    }

    private MembershipFeed standing(String type, String member, Instant effectiveAt, String status, String tier,
                                    boolean votingRights, String reason) {
        String json = """
                {"memberId":"%s","decidedAt":"%s","effectiveAt":"%s","decision":%s,"status":"%s","tier":"%s",
                 "votingRights":%s%s}""".formatted(member, effectiveAt, effectiveAt, decision(), status, tier, votingRights,
                type.equals("MemberSuspended") ? ",\"reason\":\"" + reason + "\"" : "");
        return send(type, member, json);
    }

    private MembershipFeed send(String name, String member, String json) {
        String type = "charter.membership." + name + ".v1";
        schemas.validate(type, json);
        long sequence = SEQUENCES.merge(member, 1L, Long::sum);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), type, member, sequence, Instant.now(),
                UUID.randomUUID().toString(), null, SECRETARY, null);
        var cloudEvent = envelope.toCloudEvent(event, SOURCE, json.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(CloudEventEnvelope.toProducerRecord(TOPIC, cloudEvent)).get();
        } catch (Exception e) {
            throw new AssertionError("could not send " + type + " for " + member, e);
        }
        return this;
    }

    private static String person(String personId) {
        return "{\"personId\":\"" + personId + "\",\"name\":\"Person " + personId + "\"}";
    }

    private static String decision() {
        return "{\"kind\":\"MINUTES\",\"reference\":\"GB minutes\"}";
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
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
