package org.charter.platform.projection;

import org.charter.platform.event.RecordedEvent;

/**
 * A read model built from events. A service implements it, feeds it with an
 * {@link org.charter.platform.consumer.EventSubscription#forProjection subscription} and can
 * rebuild it from the event history with {@link ProjectionRebuilder}.
 *
 * <p>{@link #apply} must be idempotent per (stream, sequence): keep the last applied sequence of
 * each stream in the read-model document and update state and sequence in one single-document
 * write conditioned on it (e.g. {@code {_id: id, version: {$lt: seq}}}). Then a redelivery after a
 * crash between applying and recording the event id changes nothing.
 */
public interface Projection {

    /** A short stable name, e.g. {@code member-directory}. */
    String name();

    /** Drops the read model, ready to be built again from the first event. */
    void reset();

    void apply(RecordedEvent event);
}
