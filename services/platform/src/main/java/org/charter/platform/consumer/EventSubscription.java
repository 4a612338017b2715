package org.charter.platform.consumer;

import java.util.List;
import java.util.Objects;
import org.charter.platform.projection.Projection;

/**
 * What a service consumes: topics, the consumer group that remembers its position and the events
 * it applied, and the handler. Declare one as a bean; the platform builds the listener container.
 *
 * @param concurrency consumer threads (at most the topics' partition count is useful)
 */
public record EventSubscription(String group, List<String> topics, EventHandler handler, int concurrency) {

    public EventSubscription {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(handler, "handler");
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

    public EventSubscription withConcurrency(int threads) {
        return new EventSubscription(group, topics, handler, threads);
    }
}
