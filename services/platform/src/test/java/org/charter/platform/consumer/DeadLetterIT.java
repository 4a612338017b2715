package org.charter.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.Actor;
import org.charter.platform.event.EventType;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.PassedOver;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.sample.SampleEvents;
import org.charter.platform.sample.TicketClosed;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

@WithCharterInfrastructure
class DeadLetterIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final EventsTestBed bed = new EventsTestBed(SampleEvents.TYPES.and(EventTypes.of(TicketViewed.class)));
    private final List<RecordedEvent> handled = new CopyOnWriteArrayList<>();
    private final List<String> correlationIdsInLogContext = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        bed.close();
    }

    private void handle(RecordedEvent event) {
        if (event.data() instanceof TicketClosed closed && closed.reason().equals("boom")) {
            throw new IllegalStateException("cannot close " + closed.ticketId() + ": boom");
        }
        correlationIdsInLogContext.add(MDC.get("correlationId"));
        handled.add(event);
    }

    @Test
    void unreadable_and_unappliable_messages_land_on_the_dead_letter_topic_with_their_reason() throws Exception {
        bed.consume(EventSubscription.of("dlt-" + bed.context, this::handle, bed.topic));
        String dlt = EventTopics.deadLetterOf(bed.topic);

        try (var producer = rawProducer()) {
            // 1. not a CloudEvent at all
            producer.send(new ProducerRecord<>(bed.topic, "K-1", "hello".getBytes(StandardCharsets.UTF_8))).get();
            // 2. a CloudEvent of a known type whose data is not that type's JSON
            ProducerRecord<String, byte[]> broken = wire(event("K-2", 1, new TicketCommented("K-2", "x")));
            producer.send(new ProducerRecord<>(bed.topic, null, "K-2", "{\"ticketId\":".getBytes(), broken.headers()))
                    .get();
            // 3. a readable event its handler keeps failing on
            producer.send(wire(event("K-3", 1, new TicketClosed("K-3", "boom")))).get();
            // 4. a newer version this service does not know: skipped, not dead-lettered
            ProducerRecord<String, byte[]> newer = wire(event("K-4", 1, new TicketCommented("K-4", "v2")));
            newer.headers().remove("ce_type").add("ce_type", "charter.sample.TicketCommented.v2".getBytes());
            producer.send(newer).get();
            // 5. a type this service passes over, whose data is not even JSON: skipped by its type, never read
            ProducerRecord<String, byte[]> viewed = wire(event("K-5", 1, new TicketViewed("K-5")));
            producer.send(new ProducerRecord<>(bed.topic, null, "K-5", "not JSON".getBytes(), viewed.headers())).get();
            // 6. a good event after all of them on the same partition key as one of them: still applied
            producer.send(wire(event("K-3", 2, new TicketCommented("K-3", "fine")))).get();
        }

        List<ConsumerRecord<String, byte[]>> dead = TopicReader.records(bed.bootstrap, dlt, 3, WAIT);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("K-1", "K-2", "K-3");
        assertThat(reason(dead, "K-1")).startsWith("UnreadableEvent").contains("is not a CloudEvent");
        assertThat(reason(dead, "K-2")).contains("data is not a valid charter.sample.TicketCommented.v1");
        assertThat(reason(dead, "K-3")).isEqualTo("IllegalStateException: cannot close K-3: boom");
        ConsumerRecord<String, byte[]> k1 = dead.stream().filter(r -> r.key().equals("K-1")).findFirst().orElseThrow();
        assertThat(new String(k1.value(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(header(k1, "kafka_dlt-original-topic")).isEqualTo(bed.topic);
        assertThat(header(k1, "kafka_dlt-exception-message")).isNotBlank();

        awaitHandled(1);
        assertThat(handled).singleElement().satisfies(e -> assertThat(e.data()).isEqualTo(new TicketCommented("K-3", "fine")));
        assertThat(correlationIdsInLogContext).containsExactly("corr-K-3");
        assertThat(bed.counter("charter.consumer.dead.letters")).isEqualTo(3);
        assertThat(bed.counter("charter.consumer.unknown")).isEqualTo(1);
        // the passed-over event is neither applied nor remembered as applied
        assertThat(bed.counter("charter.consumer.applied")).isEqualTo(1);
        assertThat(bed.database.getCollection(ProcessedEvents.COLLECTION).countDocuments()).isEqualTo(1);
    }

    /** A fact of the topic this consumer declares only to pass over. */
    @EventType(context = "sample", name = "TicketViewed", version = 1)
    record TicketViewed(String ticketId) implements PassedOver {
    }

    private RecordedEvent event(String stream, long sequence, org.charter.platform.event.DomainEvent data) {
        return new RecordedEvent(UUID.randomUUID(), bed.json.types().typeOf(data), stream, sequence,
                Instant.parse("2026-02-01T09:00:00Z"), "corr-" + stream, null, Actor.SYSTEM, data);
    }

    private ProducerRecord<String, byte[]> wire(RecordedEvent event) {
        return CloudEventEnvelope.toProducerRecord(bed.topic,
                bed.envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf(bed.context)));
    }

    private KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bed.bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private void awaitHandled(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handled.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200); // and nothing more arrives
    }

    private static String reason(List<ConsumerRecord<String, byte[]>> dead, String key) {
        return header(dead.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(),
                SubscriptionContainers.REASON_HEADER);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
