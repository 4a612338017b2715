package org.charter.audit.adapter.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.charter.audit.ledger.Chain;
import org.charter.audit.ledger.IncomingEvent;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.adapter.CanonicalEvents;
import org.charter.audit.ledger.adapter.LedgerProperties;
import org.charter.audit.replay.adapter.TopicReader;
import org.charter.platform.event.UnreadableEvent;
import org.charter.platform.kafka.EventTopics;

/**
 * The ledger as an auditor with only the Kafka bootstrap rebuilds it: every audited topic read from
 * offset zero (the service's contexts, in their order; each partition in offset order), each record
 * canonicalised as the service's ingest does and chained as its sequencer does, each event id once.
 * The positions and entry hashes are this reading's own sequencing (the service chains in the
 * order its consumer polled); each entry's event and event hash are the service's.
 */
final class TopicLedger {

    private final TopicReader reader;
    private final List<String> topics;
    private final Chain chain = new Chain();
    private final Map<String, Long> records = new HashMap<>();
    private final Map<java.util.UUID, String> chained = new java.util.LinkedHashMap<>();
    private long read;
    private long unreadable;

    TopicLedger(TopicReader reader) {
        this.reader = reader;
        this.topics = new LedgerProperties(null, null).contexts().stream().map(EventTopics::of).toList();
    }

    /** How many records the topics hold now (for a progress bar). */
    long size() {
        return reader.size(topics);
    }

    /**
     * Reads the topics once, handing each new entry to {@code each} and calling {@code eachRecord}
     * per record; with {@code rememberRecords}, keeps each record's place and event hash prefix for
     * {@link #recordAt} (what {@code verify --ledger} compares an export with).
     */
    void read(Consumer<LedgerEntry> each, Runnable eachRecord, boolean rememberRecords) {
        reader.read(topics, record -> {
            eachRecord.run();
            read++;
            IncomingEvent in;
            try {
                in = CanonicalEvents.read(record);
            } catch (UnreadableEvent e) {
                unreadable++;
                return;
            }
            Optional<LedgerEntry> entry = chain.add(in);
            if (rememberRecords) {
                records.put(place(in.topic(), in.partition(), in.offset()), prefix(org.charter.audit.ledger.Sha256.hex(in.event())));
                entry.ifPresent(e -> chained.put(e.eventId(), place(e.topic(), e.partition(), e.offset())));
            }
            entry.ifPresent(each);
        });
    }

    /** The event hash prefix of the record at this place, empty when the topics have no readable record there. */
    Optional<Long> recordAt(String topic, int partition, long offset) {
        return Optional.ofNullable(records.get(place(topic, partition, offset)));
    }

    /** The first chained event (in reading order) whose id is not among these, with its place; empty when all are. */
    Optional<Map.Entry<java.util.UUID, String>> firstNotIn(java.util.Set<java.util.UUID> ids) {
        return chained.entrySet().stream().filter(e -> !ids.contains(e.getKey())).findFirst();
    }

    static long prefix(String eventHash) {
        return Long.parseUnsignedLong(eventHash.substring(0, 16), 16);
    }

    private static String place(String topic, int partition, long offset) {
        return topic + "/" + partition + "@" + offset;
    }

    Chain chain() {
        return chain;
    }

    long recordsRead() {
        return read;
    }

    long unreadable() {
        return unreadable;
    }
}
