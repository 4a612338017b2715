package org.charter.platform.consumer;

import java.util.List;
import java.util.Objects;
import org.charter.platform.projection.Projection;

/**
 * What a service consumes: topics, the consumer group that remembers its position and the events
 * it applied, and the handler. Declare one as a bean; the platform builds the listener container.
 *
 * @param concurrency consumer threads (at most the topics' partition count is useful)
 * @param records     instead of {@code handler} (then null): receives the raw record batches
 *                    ({@link #ofRecords})
 */
public record EventSubscription(String group, List<String> topics, EventHandler handler, int concurrency,
                                RecordBatchHandler records) {

    public EventSubscription(String group, List<String> topics, EventHandler handler, int concurrency) {
        this(group, topics, Objects.requireNonNull(handler, "handler"), concurrency, null);
    }

    public EventSubscription {
        Objects.requireNonNull(group, "group");
        if ((handler == null) == (records == null)) {
            throw new IllegalArgumentException("subscription " + group + " needs either an event handler or a record handler");
        }
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("subscription " + group + " names no topic");
        }
        topics = List.copyOf(topics);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
    }

    public static EventSubscription of(String group, EventHandler handler, String... topics) {
        return new EventSubscription(group, List.of(topics), handler, 1);
    }

    /** A read model fed by the topics; its group is {@code <service group prefix>.<projection name>}. */
    public static EventSubscription forProjection(String group, Projection projection, String... topics) {
        return of(group, projection::apply, topics);
    }

    /**
     * The raw record batches of the topics, in order, for a consumer that keeps records as they are
     * (any event type, with its offsets); dead letters and infrastructure retries as for events.
     */
    public static EventSubscription ofRecords(String group, RecordBatchHandler records, List<String> topics) {
        return new EventSubscription(group, topics, null, 1, Objects.requireNonNull(records, "records"));
    }

    public EventSubscription withConcurrency(int threads) {
        return new EventSubscription(group, topics, handler, threads, records);
    }
}
