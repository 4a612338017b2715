package org.charter.platform.envelope;

import static org.charter.platform.envelope.CharterExtensions.ACTOR_MEMBER;
import static org.charter.platform.envelope.CharterExtensions.ACTOR_ROLE;
import static org.charter.platform.envelope.CharterExtensions.ACTOR_SUBJECT;
import static org.charter.platform.envelope.CharterExtensions.INITIATOR;
import static org.charter.platform.envelope.CharterExtensions.CAUSATION_ID;
import static org.charter.platform.envelope.CharterExtensions.CORRELATION_ID;
import static org.charter.platform.envelope.CharterExtensions.SEQUENCE;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.charter.platform.event.Actor;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.event.UnreadableEvent;
import org.charter.platform.eventstore.Commit;

/**
 * Converts between {@link RecordedEvent} and CloudEvents 1.0, and between CloudEvents and Kafka
 * records in binary mode: attributes as {@code ce_*} headers, the JSON data as the value, the
 * stream id as the key.
 */
public final class CloudEventEnvelope {

    public static final String JSON = "application/json";

    /** The Kafka header of a binary-mode record that holds its CloudEvents type. */
    public static final String TYPE_HEADER = "ce_type";

    private final EventJson json;

    public CloudEventEnvelope(EventJson json) {
        this.json = json;
    }

    /** The source of every event a service emits: {@code /charter/<context>}. */
    public static URI sourceOf(String context) {
        return URI.create("/charter/" + context);
    }

    public CloudEvent toCloudEvent(RecordedEvent event, URI source) {
        return toCloudEvent(event, source, json.write(event.data()).getBytes(StandardCharsets.UTF_8));
    }

    /** One event of a stored commit, with its data exactly as stored (no re-serialisation). */
    public static CloudEvent toCloudEvent(Commit commit, Commit.StoredEvent event, URI source) {
        return build(event.id(), event.type(), commit.streamId(), event.sequence(), commit.time(),
                commit.correlationId(), commit.causationId(), commit.actor(), source,
                event.data().getBytes(StandardCharsets.UTF_8));
    }

    /** Wraps data already serialised, so the bytes on the wire are the given bytes. */
    public CloudEvent toCloudEvent(RecordedEvent event, URI source, byte[] data) {
        return build(event.id(), event.type(), event.streamId(), event.sequence(), event.time(),
                event.correlationId(), event.causationId(), event.actor(), source, data);
    }

    private static CloudEvent build(UUID id, String type, String streamId, long sequence, Instant time,
                                    String correlationId, String causationId, Actor actor, URI source, byte[] data) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id.toString())
                .withType(type)
                .withSource(source)
                .withSubject(streamId)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withData(JSON, data)
                .withExtension(SEQUENCE, sequence)
                .withExtension(CORRELATION_ID, correlationId)
                .withExtension(ACTOR_SUBJECT, actor.subject())
                .withExtension(ACTOR_ROLE, actor.role());
        if (causationId != null) {
            builder.withExtension(CAUSATION_ID, causationId);
        }
        if (actor.member() != null) {
            builder.withExtension(ACTOR_MEMBER, actor.member());
        }
        if (actor.initiator() != null) {
            builder.withExtension(INITIATOR, actor.initiator());
        }
        return builder.build();
    }

    /**
     * Reads a CloudEvent back into a {@link RecordedEvent}; {@link UnreadableEvent} says what is
     * missing or wrong, {@link org.charter.platform.event.UnknownEventType} when the type is not declared.
     */
    public RecordedEvent toRecordedEvent(CloudEvent event) {
        try {
            String type = event.getType();
            CloudEventData data = event.getData();
            var domainEvent = json.read(type, data == null ? null : data.toBytes());
            return new RecordedEvent(
                    UUID.fromString(event.getId()),
                    type,
                    required(event.getSubject(), "subject"),
                    Long.parseLong(required(extension(event, SEQUENCE), SEQUENCE)),
                    required(event.getTime(), "time").toInstant(),
                    required(extension(event, CORRELATION_ID), CORRELATION_ID),
                    extension(event, CAUSATION_ID),
                    new Actor(required(extension(event, ACTOR_SUBJECT), ACTOR_SUBJECT),
                            required(extension(event, ACTOR_ROLE), ACTOR_ROLE),
                            extension(event, ACTOR_MEMBER), extension(event, INITIATOR)),
                    domainEvent);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent("event " + event.getId() + " has an invalid attribute: " + e.getMessage(), e);
        }
    }

    public static ProducerRecord<String, byte[]> toProducerRecord(String topic, CloudEvent event) {
        return KafkaMessageFactory.<String>createWriter(topic, event.getSubject()).writeBinary(event);
    }

    /** Reads a Kafka record in binary (or structured) mode into a CloudEvent. */
    public static CloudEvent fromKafka(ConsumerRecord<?, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new UnreadableEvent("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " is not a CloudEvent: " + e.getMessage(), e);
        }
    }

    public RecordedEvent toRecordedEvent(ConsumerRecord<?, byte[]> record) {
        return toRecordedEvent(fromKafka(record));
    }

    /** The event types this envelope reads. */
    public EventTypes types() {
        return json.types();
    }

    /**
     * The CloudEvents type of a record in binary mode, from its {@code ce_type} header alone,
     * without reading the record; null when it has none (structured mode, or not a CloudEvent).
     */
    public static String typeHeader(ConsumerRecord<?, byte[]> record) {
        Header type = record.headers().lastHeader(TYPE_HEADER);
        return type == null || type.value() == null ? null : new String(type.value(), StandardCharsets.UTF_8);
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    private static <T> T required(T value, String attribute) {
        if (value == null) {
            throw new IllegalArgumentException("missing CloudEvents attribute '" + attribute + "'");
        }
        return value;
    }
}
