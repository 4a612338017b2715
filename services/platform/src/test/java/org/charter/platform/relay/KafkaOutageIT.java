package org.charter.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.charter.platform.EventsTestBed;
import org.charter.platform.autoconfigure.CharterEventsAutoConfiguration;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.CommandContext;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.kafka.TopicProvisioner;
import org.charter.platform.sample.TicketCommented;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The broker stopped for a while under a steady flow of appends, then started again on the same
 * log directory and ports: every append is accepted meanwhile without waiting for Kafka, and once
 * the broker is back every event is published, each stream in order. The outage lasts
 * {@code -Dcharter.it.kafka-outage} (ISO-8601, default {@code PT15S} to keep the build short;
 * {@code PT60S} for the full minute). The relay's producer runs with shortened timeouts
 * ({@code delivery.timeout.ms} 8 s, {@code max.block.ms} 3 s) so that even the short outage goes
 * through both ways a send fails while the broker is away: records expiring in the producer, and
 * a new producer that cannot fetch metadata.
 */
@WithCharterInfrastructure
class KafkaOutageIT {

    static final Duration OUTAGE = Duration.parse(System.getProperty("charter.it.kafka-outage", "PT15S"));
    private static final int STREAMS = 20;
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final EventsTestBed bed = new EventsTestBed(); // MongoDB, the event types, the meters
    private final MongoEventStore store = bed.store();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private Path logDir;

    @AfterEach
    void close() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
        bed.close();
        if (logDir != null) {
            try (Stream<Path> files = Files.walk(logDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void appends_go_on_while_the_broker_is_away_and_the_backlog_goes_out_in_stream_order_when_it_returns()
            throws Exception {
        logDir = Files.createTempDirectory(Path.of("target"), "outage-kafka-");
        int brokerPort = InProcessKafkaBroker.freePort();
        int controllerPort = InProcessKafkaBroker.freePort();
        InProcessKafkaBroker broker = InProcessKafkaBroker.startPersistent(logDir, brokerPort, controllerPort);
        String bootstrap = broker.bootstrapServers();
        new TopicProvisioner(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap), 12, (short) 1,
                Duration.ofSeconds(60)).ensure(List.of(bed.topic));
        Map<String, Object> producer = CharterEventsAutoConfiguration.relayProducerConfig(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000));
        OutboxRelay relay = new OutboxRelay(bed.outbox, store, () -> new KafkaProducer<>(producer), bed.topic,
                CloudEventEnvelope.sourceOf(bed.context), new RelaySettings(Duration.ofMillis(20), 500,
                Duration.ofMinutes(5)), Clock.systemUTC(), bed.meters);
        relay.start();
        closeables.add(relay::stop);

        Appender appender = new Appender();
        Future<?> appending = Executors.newSingleThreadExecutor().submit(appender);
        closeables.add(() -> appender.stop(appending));
        awaitPublished(50);

        long stopping = System.nanoTime();
        broker.close();
        long stoppedAt = System.nanoTime();
        long before = appender.appended.get();
        Thread.sleep(OUTAGE.toMillis());
        long during = appender.appended.get() - before;
        long maxDuring = appender.maxLatencyNanos.get();
        broker = InProcessKafkaBroker.startPersistent(logDir, brokerPort, controllerPort);
        closeables.add(broker);
        long back = System.nanoTime();
        Thread.sleep(2_000);
        appender.stop(appending);

        long total = appender.appended.get();
        awaitPublished(total);
        long drained = System.nanoTime();
        awaitEmptyOutbox();
        Map<String, List<Long>> wire = readAll(bootstrap, total);

        assertThat(appender.failures).as("appends refused while the broker was away").isEmpty();
        assertThat(during).as("appends accepted during the outage").isGreaterThan(OUTAGE.toSeconds() * 10);
        assertThat(Duration.ofNanos(maxDuring)).as("the slowest append during the outage")
                .isLessThan(OUTAGE.dividedBy(3));
        assertThat(wire).hasSize(STREAMS);
        wire.forEach((stream, sequences) -> assertThat(sequences).as(stream)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, appender.versions.get(stream)).boxed().toList()));
        assertThat(bed.counter("charter.relay.failures")).as("rounds failed while the broker was away").isPositive();
        System.out.printf("[kafka outage] broker stopped in %d ms, away %s; %d appends during the outage (%d in all),"
                        + " slowest append %d ms; all %d published %d ms after the broker was back; %d failed rounds,"
                        + " %d records on the wire%n",
                TimeUnit.NANOSECONDS.toMillis(stoppedAt - stopping), OUTAGE, during, total,
                TimeUnit.NANOSECONDS.toMillis(maxDuring), total, TimeUnit.NANOSECONDS.toMillis(drained - back),
                (long) bed.counter("charter.relay.failures"), wireRecords);
    }

    private long wireRecords;

    /** Appends one event at a time to {@value #STREAMS} streams in turn, every 10 ms, until stopped. */
    private final class Appender implements Runnable {
        final AtomicLong appended = new AtomicLong();
        final AtomicLong maxLatencyNanos = new AtomicLong();
        final Map<String, Long> versions = new ConcurrentHashMap<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();
        final AtomicBoolean stopped = new AtomicBoolean();

        @Override
        public void run() {
            for (long n = 0; !stopped.get(); n++) {
                String stream = "O-" + (n % STREAMS);
                long version = versions.getOrDefault(stream, 0L);
                long started = System.nanoTime();
                try {
                    var result = store.append(stream, version, List.of(new TicketCommented(stream, "n" + n)),
                            CommandContext.system());
                    versions.put(stream, ((AppendResult.Appended) result).version());
                    appended.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                maxLatencyNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop(Future<?> running) throws Exception {
            stopped.set(true);
            running.get(30, TimeUnit.SECONDS);
        }
    }

    private void awaitPublished(long events) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bed.counter("charter.relay.published") < events && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(bed.counter("charter.relay.published")).isGreaterThanOrEqualTo(events);
    }

    private void awaitEmptyOutbox() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!bed.outbox.pending().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(bed.outbox.pending()).isEmpty();
    }

    /** Each stream's sequences in the order they first appear on the wire (a record sent twice counts once). */
    private Map<String, List<Long>> readAll(String bootstrap, long distinctEvents) {
        Map<String, List<Long>> firstAppearances = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(bed.topic, WAIT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    wireRecords++;
                    String sequence = new String(r.headers().lastHeader("ce_sequence").value(), StandardCharsets.UTF_8);
                    if (seen.add(r.key() + "#" + sequence)) {
                        firstAppearances.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(Long.parseLong(sequence));
                    }
                }
            }
        }
        assertThat((long) seen.size()).as("distinct events on the wire").isEqualTo(distinctEvents);
        return firstAppearances;
    }
}
