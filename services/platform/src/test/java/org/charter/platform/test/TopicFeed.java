package org.charter.platform.test;

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

/**
 * Plays another service on its topic ({@code charter.<context>.events}) in an IT: each event in
 * that service's shape, checked against its own schema before it is sent, as a CloudEvent keyed
 * by its stream with per-stream sequences, exactly as the other service's relay publishes it.
 */
public final class TopicFeed implements AutoCloseable {

    /** Per stream, across feeds: the other service's streams go on where they left off. */
    private static final Map<String, Long> SEQUENCES = new ConcurrentHashMap<>();

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(EventTypes.of()));
    private final EventSchemas schemas = EventSchemas.inRepository();
    private final String context;
    private final Actor actor;
    private final List<ProducerRecord<String, byte[]>> sent = new ArrayList<>();

    public TopicFeed(String context, Actor actor) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CharterInfrastructureExtension.endpoints().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(config);
        this.context = context;
        this.actor = actor;
    }

    /** Sends the event, recorded now, and answers its sequence on its stream. */
    public long send(String name, String stream, String json) {
        return send(name, stream, Instant.now(), json).sequence();
    }

    /** Sends the event as recorded at {@code time} and answers it (without its data). */
    public RecordedEvent send(String name, String stream, Instant time, String json) {
        String type = "charter." + context + "." + name + ".v1";
        schemas.validate(type, json);
        long sequence = SEQUENCES.merge(context + "/" + stream, 1L, Long::sum);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), type, stream, sequence, time,
                UUID.randomUUID().toString(), null, actor, null);
        var cloudEvent = envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf(context),
                json.getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventEnvelope.toProducerRecord("charter." + context + ".events", cloudEvent);
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not send " + type + " on " + stream, e);
        }
        sent.add(record);
        return event;
    }

    /** Every record this feed sent, in order. */
    public List<ProducerRecord<String, byte[]>> sent() {
        return List.copyOf(sent);
    }

    /** Sends every record this feed sent so far again, byte for byte: the same event ids, as Kafka redelivers. */
    public void redeliverAll() {
        for (ProducerRecord<String, byte[]> record : List.copyOf(sent)) {
            try {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())).get();
            } catch (Exception e) {
                throw new AssertionError("could not redeliver", e);
            }
        }
    }

    /** The last sequence sent on the stream of {@code context}, by any feed of this JVM. */
    public static long sequenceOf(String context, String stream) {
        return SEQUENCES.getOrDefault(context + "/" + stream, 0L);
    }

    /** Waits until the document {@code id} of {@code collection} has applied {@code version} events. */
    public static void awaitApplied(MongoDatabase database, String collection, String id, long version) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Document doc = database.getCollection(collection).find(Filters.eq("_id", id)).first();
            long applied = doc == null || doc.get("version") == null ? 0 : doc.get("version", Number.class).longValue();
            if (applied >= version) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(collection + " applied " + applied + " of " + version + " events of " + id);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
