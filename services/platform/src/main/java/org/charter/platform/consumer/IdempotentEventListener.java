package org.charter.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.EventTypeName;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.event.UnknownEventType;
import org.charter.platform.event.UnreadableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;

/**
 * Applies each polled batch in order: reads every record as a CloudEvent, asks once which of the
 * batch's event ids the group applied already, applies the others with the event's correlation
 * id in the logging context, then records them as applied in one write. A redelivered event,
 * in a later batch or twice in the same one, changes nothing.
 *
 * <p>A record that cannot be read, or whose handler throws, is reported by its index
 * ({@link BatchListenerFailedException}): the records before it are recorded and committed, the
 * error handler retries or dead-letters that record, and the batch goes on after it. When the
 * service's database fails (reading or recording which events were applied), the batch is
 * reported from its first record not yet remembered, to be retried.
 *
 * <p>An event of an undeclared but well-formed Charter type (a newer version than this service
 * knows) is skipped, with a warning the first time per type, and counted in
 * {@code charter.consumer.unknown}: it is not broken, this service is just not interested in it
 * yet, and it stays in the topic for replay. Both that and a type the service declares to pass over
 * ({@link org.charter.platform.event.PassedOver}) are told by the record's {@code ce_type} header,
 * before anything else of the record is read.
 */
public final class IdempotentEventListener implements BatchMessageListener<String, byte[]> {

    public static final String MDC_CORRELATION_ID = "correlationId";

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventListener.class);

    private final EventSubscription subscription;
    private final CloudEventEnvelope envelope;
    private final EventTypes types;
    private final ProcessedEvents processed;
    private final Clock clock;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter unknown;
    private final Set<String> unknownTypesSeen = ConcurrentHashMap.newKeySet();

    public IdempotentEventListener(EventSubscription subscription, CloudEventEnvelope envelope,
                                   ProcessedEvents processed, Clock clock, MeterRegistry meters) {
        this.subscription = subscription;
        this.envelope = envelope;
        this.types = envelope.types();
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
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        List<Read> reads = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        int unreadableAt = records.size();
        for (int i = 0; i < records.size() && unreadable == null; i++) {
            try {
                reads.add(read(records.get(i)));
            } catch (RuntimeException e) {
                unreadable = e;
                unreadableAt = i;
            }
        }
        Set<UUID> done;
        try {
            done = processed.applied(subscription.group(),
                    reads.stream().filter(r -> r.event() != null).map(r -> r.event().id()).toList());
        } catch (RuntimeException e) {
            // nothing of this batch was applied: all of it is tried again
            throw new BatchListenerFailedException("cannot read which events were applied: " + e.getMessage(), e, 0);
        }
        List<UUID> appliedNow = new ArrayList<>();
        int firstAppliedNow = -1;
        RuntimeException failed = null;
        for (int i = 0; i < reads.size() && failed == null; i++) {
            try {
                if (apply(reads.get(i), done, appliedNow) && firstAppliedNow < 0) {
                    firstAppliedNow = i;
                }
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (!appliedNow.isEmpty()) {
            try {
                processed.record(subscription.group(), appliedNow, clock.instant());
            } catch (RuntimeException e) {
                // applied but not remembered: they are applied again from the first, which handlers allow
                throw new BatchListenerFailedException("cannot record the applied events: " + e.getMessage(), e,
                        firstAppliedNow);
            }
            applied.increment(appliedNow.size());
        }
        if (failed != null) {
            throw failed;
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, unreadableAt);
        }
    }

    /** Applies one event unless it was applied already; whether it applied it now. */
    private boolean apply(Read read, Set<UUID> done, List<UUID> appliedNow) {
        ConsumerRecord<String, byte[]> record = read.record();
        RecordedEvent event = read.event();
        if (event == null && read.unknownType() == null) {
            return false; // passed over by its type: nothing to apply, nothing to remember
        }
        if (event == null) {
            unknown.increment();
            // once per type at WARN: a service reads a whole topic for a few of its types, and a
            // line for every other event (every vote, say) would bury the logs; the counter keeps all
            if (unknownTypesSeen.add(read.unknownType())) {
                log.warn("skipping {}-{}@{}: unknown event type {}, not declared in this service's EventTypes"
                                + " (further events of this type are skipped with a debug line, counted in charter.consumer.unknown)",
                        record.topic(), record.partition(), record.offset(), read.unknownType());
            } else {
                log.debug("skipping {}-{}@{}: unknown event type {}", record.topic(), record.partition(), record.offset(),
                        read.unknownType());
            }
            return false;
        }
        if (!done.add(event.id())) {
            duplicates.increment();
            log.debug("{} already applied {} ({} #{})", subscription.group(), event.id(), event.streamId(),
                    event.sequence());
            return false;
        }
        MDC.put(MDC_CORRELATION_ID, event.correlationId());
        try {
            subscription.handler().handle(event);
            appliedNow.add(event.id());
            return true;
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException(e.getMessage(), e, record);
        } finally {
            MDC.remove(MDC_CORRELATION_ID);
        }
    }

    /**
     * A record read: its event; or (event null) the well-formed type this service does not declare;
     * or (both null) a type it passes over.
     */
    private record Read(ConsumerRecord<String, byte[]> record, RecordedEvent event, String unknownType) {
    }

    /**
     * Reads a record, judging it by its {@code ce_type} header first: a type the service passes
     * over or does not declare is skipped without reading the record any further.
     */
    private Read read(ConsumerRecord<String, byte[]> record) {
        String type = CloudEventEnvelope.typeHeader(record);
        if (type != null && types.passesOver(type)) {
            return new Read(record, null, null);
        }
        if (type != null && !types.knows(type)) {
            return unknown(record, type);
        }
        try {
            return new Read(record, envelope.toRecordedEvent(record), null);
        } catch (UnknownEventType e) {
            return unknown(record, e.type());
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent(e.getMessage(), e);
        }
    }

    private static Read unknown(ConsumerRecord<String, byte[]> record, String type) {
        try {
            EventTypeName.parse(type);
        } catch (IllegalArgumentException notCharter) {
            throw new UnreadableEvent("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has " + notCharter.getMessage(), notCharter);
        }
        return new Read(record, null, type);
    }
}
