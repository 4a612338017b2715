package org.charter.notification.adapter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.Actor;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;

/**
 * Plays another service on its topic with events written from the records this service reads,
 * for a type whose schema its producer has not published yet (the workflow's {@code TaskAssigned}):
 * checked against that schema as soon as the repository has it, sent as the producer's relay sends
 * (a CloudEvent keyed by its stream), and kept, so a test can send the very same records again.
 */
final class RecordFeed implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(EventTypes.of()));
    private final EventJson json = new EventJson(EventTypes.of());
    private final String context;
    private final List<ProducerRecord<String, byte[]>> sent = new ArrayList<>();
    private final java.util.Map<String, Long> sequences = new java.util.HashMap<>();

    RecordFeed(String context) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CharterInfrastructureExtension.endpoints().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(config);
        this.context = context;
    }

    RecordedEvent send(String name, String stream, Instant time, DomainEvent data) {
        return send(name, 1, stream, time, data);
    }

    RecordedEvent send(String name, int version, String stream, Instant time, DomainEvent data) {
        String type = "charter." + context + "." + name + ".v" + version;
        String body = json.write(data);
        if (Files.exists(schemaOf(name, version))) {
            EventSchemas.inRepository().validate(type, body);
        }
        long next = sequences.merge(stream, 1L, Long::sum);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), type, stream, next, time, UUID.randomUUID().toString(), null,
                Actor.SYSTEM, null);
        var cloudEvent = envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf(context), body.getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = CloudEventEnvelope.toProducerRecord("charter." + context + ".events", cloudEvent);
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not send " + type + " on " + stream, e);
        }
        sent.add(record);
        return event;
    }

    List<ProducerRecord<String, byte[]>> sent() {
        return List.copyOf(sent);
    }

    void redeliverAll() {
        for (ProducerRecord<String, byte[]> record : List.copyOf(sent)) {
            try {
                producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())).get();
            } catch (Exception e) {
                throw new AssertionError("could not redeliver", e);
            }
        }
    }

    private Path schemaOf(String name, int version) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p.resolve("docs/events/" + context + "/" + name + ".v" + version + ".schema.json");
            }
        }
        throw new AssertionError("no repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        producer.close();
    }
}
