package org.charter.audit.ledger.adapter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.charter.audit.ledger.IncomingEvent;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.Sha256;
import org.charter.platform.event.UnreadableEvent;

/**
 * Reads every audited topic from its first offset to its end (a consumer with no group, so no
 * position is committed) and compares it with the ledger: every event on the topics must be in the
 * ledger with the same bytes, and every entry must be a record of its topic. Holds one polled
 * batch and one partition's end offsets at a time; the differences kept are the first
 * {@value #KEPT} of each kind, the counts are complete.
 */
public final class TopicCrossCheck {

    static final int KEPT = 100;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final Map<String, Object> consumerConfig;
    private final List<String> topics;
    private final MongoLedgerStore store;

    public TopicCrossCheck(Map<String, Object> consumerConfig, List<String> topics, MongoLedgerStore store) {
        this.consumerConfig = consumerConfig;
        this.topics = List.copyOf(topics);
        this.store = store;
    }

    public enum Kind { NOT_IN_LEDGER, NOT_ON_TOPIC, DIFFERS }

    public record Difference(Kind kind, String topic, int partition, long offset, String eventId, Long position,
                             String detail) {
    }

    /**
     * @param records     records read from the topics
     * @param redelivered records whose event is in the ledger from an earlier offset (a relay's resend)
     */
    public record Report(boolean ok, long records, long entries, long matched, long redelivered, long notInLedger,
                         long notOnTopics, long differing, List<Difference> differences) {
    }

    public Report run() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000);
        Tally tally = new Tally();
        Map<TopicPartition, long[]> ranges = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            for (String topic : topics) {
                List<TopicPartition> partitions = new ArrayList<>();
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
                if (partitions.isEmpty()) {
                    continue;
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                partitions.forEach(p -> ranges.put(p, new long[] {begin.get(p), end.get(p)}));
                long deadline = System.nanoTime() + GIVE_UP.toNanos();
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
                    for (TopicPartition p : polled.partitions()) {
                        compare(polled.records(p), tally);
                    }
                    if (polled.isEmpty() && System.nanoTime() > deadline) {
                        throw new IllegalStateException("topic " + topic + " did not deliver up to its end offsets within " + GIVE_UP);
                    }
                }
            }
        }
        long notOnTopics;
        try (Stream<LedgerEntry> all = store.inPositionOrder()) {
            notOnTopics = all.filter(e -> {
                long[] range = ranges.get(new TopicPartition(e.topic(), e.partition()));
                return range == null || e.offset() < range[0] || e.offset() >= range[1];
            }).peek(e -> tally.add(new Difference(Kind.NOT_ON_TOPIC, e.topic(), e.partition(), e.offset(),
                    e.eventId().toString(), e.position(), "the topic has no record at this offset"))).count();
        }
        long total = store.count();
        return new Report(tally.notInLedger + tally.differing + notOnTopics == 0, tally.records, total, tally.matched,
                tally.redelivered, tally.notInLedger, notOnTopics, tally.differing, List.copyOf(tally.kept));
    }

    private void compare(List<ConsumerRecord<String, byte[]>> records, Tally tally) {
        ConsumerRecord<String, byte[]> first = records.get(0);
        Map<Long, LedgerEntry> entries = new HashMap<>();
        store.atOffsets(first.topic(), first.partition(), first.offset(), records.get(records.size() - 1).offset())
                .forEach(e -> entries.put(e.offset(), e));
        for (ConsumerRecord<String, byte[]> record : records) {
            tally.records++;
            IncomingEvent in;
            try {
                in = CanonicalEvents.read(record);
            } catch (UnreadableEvent e) {
                continue; // never ledgered: the ingest dead-letters it
            }
            LedgerEntry entry = entries.get(record.offset());
            if (entry == null) {
                if (store.recorded(List.of(in.eventId())).isEmpty()) {
                    tally.notInLedger++;
                    tally.add(new Difference(Kind.NOT_IN_LEDGER, record.topic(), record.partition(), record.offset(),
                            in.eventId().toString(), null, "the event " + in.type() + " is not in the ledger"));
                } else {
                    tally.redelivered++;
                }
            } else if (differs(entry, in)) {
                tally.differing++;
                tally.add(new Difference(Kind.DIFFERS, record.topic(), record.partition(), record.offset(),
                        in.eventId().toString(), entry.position(), entry.eventId().equals(in.eventId())
                        ? "the entry's event differs from the record's" : "the entry names event " + entry.eventId()));
            } else {
                tally.matched++;
            }
        }
    }

    /** The entry names another event, or its stored event or its event hash is not the record's. */
    private static boolean differs(LedgerEntry entry, IncomingEvent in) {
        String onTopic = Sha256.hex(in.event());
        return !entry.eventId().equals(in.eventId()) || !entry.eventHash().equals(onTopic)
                || !Sha256.hex(entry.event()).equals(onTopic);
    }

    private static final class Tally {
        long records;
        long matched;
        long redelivered;
        long notInLedger;
        long differing;
        final List<Difference> kept = new ArrayList<>();
        final Map<Kind, Integer> keptByKind = new HashMap<>();

        void add(Difference d) {
            if (keptByKind.merge(d.kind(), 1, Integer::sum) <= KEPT) {
                kept.add(d);
            }
        }
    }
}
