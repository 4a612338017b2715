package org.charter.platform.test;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.kafka.EventTopics;

/**
 * A context's topic ({@code charter.<context>.events}) on the ITs' shared broker, read from the
 * beginning by a plain Kafka consumer ({@link TopicReader}), as any client would:
 * <pre>{@code
 * private static final ContextTopic COMMITTEE_EVENTS = ContextTopic.of("committee");
 * List<CloudEvent> polls = COMMITTEE_EVENTS.await(ContextTopic.subjectStartingWith("motion:"), 2);
 * }</pre>
 */
public final class ContextTopic {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String context;
    private final String topic;

    private ContextTopic(String context) {
        this.context = context;
        this.topic = EventTopics.of(context);
    }

    public static ContextTopic of(String context) {
        return new ContextTopic(context);
    }

    public String topic() {
        return topic;
    }

    /** Everything on the topic now: read from the beginning up to each partition's end offset. */
    public List<CloudEvent> all() {
        return records().stream().map(CloudEventEnvelope::fromKafka).toList();
    }

    /** The events that match, once at least {@code count} of them are on the topic. */
    public List<CloudEvent> await(Predicate<CloudEvent> wanted, int count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<CloudEvent> found = List.of();
        while (System.nanoTime() < deadline) {
            found = all().stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            pause();
        }
        throw new AssertionError("expected " + count + " matching events on " + topic + ", found " + found.size());
    }

    /** The events of one aggregate (record key), in order, once {@code count} of them are on the topic. */
    public List<CloudEvent> eventsOf(String key, int count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<CloudEvent> found = List.of();
        while (System.nanoTime() < deadline) {
            List<CloudEvent> keyed = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records()) {
                if (key.equals(record.key())) {
                    keyed.add(CloudEventEnvelope.fromKafka(record));
                }
            }
            found = keyed;
            if (found.size() >= count) {
                return found;
            }
            pause();
        }
        throw new AssertionError("expected " + count + " events keyed " + key + " on " + topic + ", found " + found.size());
    }

    /** The event's name without the context and version: {@code PollOpened}. */
    public String name(CloudEvent event) {
        return event.getType().replace("charter." + context + ".", "").replaceFirst("\\.v\\d+$", "");
    }

    public static Predicate<CloudEvent> subject(String subject) {
        return e -> subject.equals(e.getSubject());
    }

    public static Predicate<CloudEvent> subjectStartingWith(String prefix) {
        return e -> e.getSubject() != null && e.getSubject().startsWith(prefix);
    }

    private List<ConsumerRecord<String, byte[]>> records() {
        return TopicReader.all(CharterInfrastructureExtension.endpoints().kafkaBootstrapServers(), topic, TIMEOUT);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
