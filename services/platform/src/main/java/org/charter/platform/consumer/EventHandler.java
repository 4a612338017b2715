package org.charter.platform.consumer;

import org.charter.platform.event.RecordedEvent;

/**
 * Applies one received event. Called at most once per event id and consumer group in the normal
 * case; after a crash between applying and recording it may be called again for the same event,
 * so an effect must be idempotent on its own (a projection keeps the last applied sequence per
 * stream in the same single-document write, a command sent on uses the event id as its key).
 * Throwing makes the platform retry with backoff and then dead-letter the message.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(RecordedEvent event);
}
