package org.charter.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.EventTypeName;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.event.UnknownEventType;
import org.charter.platform.event.UnreadableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads each record as a CloudEvent, skips an event its group already applied, applies it with
 * the event's correlation id in the logging context, then records it as applied.
 *
 * <p>An event of an undeclared but well-formed Charter type (a newer version than this service
 * knows) is skipped with a warning and counted in {@code charter.consumer.unknown}: it is not
 * broken, this service is just not interested in it yet, and it stays in the topic for replay.
 * Anything unreadable throws {@link UnreadableEvent}, which goes to the dead-letter topic.
 */
public final class IdempotentEventListener implements MessageListener<String, byte[]> {

    public static final String MDC_CORRELATION_ID = "correlationId";

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventListener.class);

    private final EventSubscription subscription;
    private final CloudEventEnvelope envelope;
    private final ProcessedEvents processed;
    private final Clock clock;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter unknown;

    public IdempotentEventListener(EventSubscription subscription, CloudEventEnvelope envelope,
                                   ProcessedEvents processed, Clock clock, MeterRegistry meters) {
        this.subscription = subscription;
        this.envelope = envelope;
        this.processed = processed;
        this.clock = clock;
        this.applied = Counter.builder("charter.consumer.applied").tag("group", subscription.group())
                .description("events applied").register(meters);
        this.duplicates = Counter.builder("charter.consumer.duplicates").tag("group", subscription.group())
                .description("redelivered events skipped because they were applied already").register(meters);
        this.unknown = Counter.builder("charter.consumer.unknown").tag("group", subscription.group())
                .description("events of types this service does not declare, skipped").register(meters);
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        RecordedEvent event;
        try {
            event = envelope.toRecordedEvent(record);
        } catch (UnknownEventType e) {
            EventTypeName.parse(e.type()); // not even a Charter type name: unreadable, dead-letter it
            unknown.increment();
            log.warn("skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent(e.getMessage(), e);
        }
        MDC.put(MDC_CORRELATION_ID, event.correlationId());
        try {
            if (processed.contains(subscription.group(), event.id())) {
                duplicates.increment();
                log.debug("{} already applied {} ({} #{})", subscription.group(), event.id(), event.streamId(),
                        event.sequence());
                return;
            }
            subscription.handler().handle(event);
            processed.record(subscription.group(), event.id(), clock.instant());
            applied.increment();
        } finally {
            MDC.remove(MDC_CORRELATION_ID);
        }
    }
}
