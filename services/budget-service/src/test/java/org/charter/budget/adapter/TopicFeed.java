package org.charter.budget.adapter;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * Plays another service on its topic ({@code charter.<context>.events}): each event in that
 * service's shape, checked against its own schema before it is sent, as a CloudEvent keyed by
 * its stream with per-stream sequences, exactly as the other service's relay publishes it.
 */
class TopicFeed implements AutoCloseable {

    /** Per stream, across feeds: the other service's streams go on where they left off. */
    private static final Map<String, Long> SEQUENCES = new ConcurrentHashMap<>();

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(EventTypes.of()));
    private final EventSchemas schemas = EventSchemas.inRepository();
    private final String context;
    private final Actor actor;

    TopicFeed(String context, Actor actor) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CharterInfrastructureExtension.endpoints().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(config);
        this.context = context;
        this.actor = actor;
    }

    /** Sends the event and answers its sequence on its stream. */
    long send(String name, String stream, String json) {
        String type = "charter." + context + "." + name + ".v1";
        schemas.validate(type, json);
        long sequence = SEQUENCES.merge(context + "/" + stream, 1L, Long::sum);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), type, stream, sequence, Instant.now(),
                UUID.randomUUID().toString(), null, actor, null);
        URI source = CloudEventEnvelope.sourceOf(context);
        var cloudEvent = envelope.toCloudEvent(event, source, json.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(CloudEventEnvelope.toProducerRecord("charter." + context + ".events", cloudEvent)).get();
        } catch (Exception e) {
            throw new AssertionError("could not send " + type + " on " + stream, e);
        }
        return sequence;
    }

    static long sequenceOf(String context, String stream) {
        return SEQUENCES.getOrDefault(context + "/" + stream, 0L);
    }

    /** Waits until the document {@code id} of {@code collection} has applied {@code version} events. */
    static void awaitApplied(MongoDatabase database, String collection, String id, long version) {
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
