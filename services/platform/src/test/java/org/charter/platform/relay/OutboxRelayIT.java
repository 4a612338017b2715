package org.charter.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.EventsTestBed;
import org.charter.platform.autoconfigure.CharterEventsAutoConfiguration;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.sample.TicketCommented;
import org.charter.platform.sample.TicketOpened;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@WithCharterInfrastructure
class OutboxRelayIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final EventSchemas SCHEMAS = EventSchemas.at(Path.of("src/test/resources/events"));

    private final EventsTestBed bed = new EventsTestBed();
    private final MongoEventStore store = bed.store();
    private final CommandContext delegate = new CommandContext(new Actor("dana", "delegate", "CA"), "corr-7", "cause-3");
    private final RelaySettings fast = new RelaySettings(Duration.ofMillis(20), 100, Duration.ofSeconds(30));

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void events_go_on_the_wire_with_the_cloudevents_headers_of_the_contract() {
        var appended = (AppendResult.Appended) store.append("T-1", EventStore.NO_STREAM, List.of(
                new TicketOpened("T-1", "Quorum", Instant.parse("2026-02-01T09:00:00Z")),
                new TicketCommented("T-1", "seconded")), delegate);
        bed.relay(store, bed.producers(), fast).start();

        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(bed.bootstrap, bed.topic, 2, WAIT);

        RecordedEvent first = appended.events().get(0);
        ConsumerRecord<String, byte[]> record = records.stream()
                .filter(r -> header(r, "ce_sequence").equals("1")).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo("T-1");
        assertThat(headers(record)).containsEntry("ce_id", first.id().toString())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "charter.sample.TicketOpened.v1")
                .containsEntry("ce_source", "/charter/" + bed.context)
                .containsEntry("ce_subject", "T-1")
                .containsEntry("ce_correlationid", "corr-7")
                .containsEntry("ce_causationid", "cause-3")
                .containsEntry("ce_actorsubject", "dana")
                .containsEntry("ce_actorrole", "delegate")
                .containsEntry("ce_actormember", "CA")
                .containsEntry("content-type", "application/json");
        // RFC 3339 as CloudEvents writes it drops trailing zeros of the fraction (…50.33Z, not …50.330Z)
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(first.time());
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"ticketId\":\"T-1\",\"title\":\"Quorum\",\"openedAt\":\"2026-02-01T09:00:00Z\"}");
        records.stream().map(r -> bed.envelope.toRecordedEvent(r)).forEach(SCHEMAS::validate);
        assertThat(records.stream().map(r -> bed.envelope.toRecordedEvent(r)).toList())
                .containsExactlyInAnyOrderElementsOf(appended.events());
    }

    @Test
    void an_idle_relay_is_woken_by_an_append_instead_of_waiting_out_its_idle_interval() throws Exception {
        var lazy = new RelaySettings(Duration.ofMillis(20), 100, Duration.ofSeconds(30), Duration.ofMinutes(5));
        bed.relay(store, bed.producers(), lazy).start();
        // empty rounds 20 ms, 40 ms, ... 5.12 s apart: after 11 s the relay is in a wait that ends after 20 s
        Thread.sleep(11_000);

        long appendedAt = System.currentTimeMillis();
        store.append("T-9", EventStore.NO_STREAM, List.of(new TicketCommented("T-9", "wake up")), delegate);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(bed.bootstrap, bed.topic, 1, WAIT);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).timestamp() - appendedAt).as("ms from the append to the send").isLessThan(5_000);
    }

    @Test
    void every_event_is_applied_exactly_once_though_the_relay_crashed_mid_batch_and_restarted() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String stream = "S-" + (i % 40);
            long version = store.version(stream);
            var appended = (AppendResult.Appended) store.append(stream, version,
                    List.of(new TicketCommented(stream, "c" + i)), delegate);
            ids.add(appended.events().get(0).id());
        }
        AppliedEvents applied = new AppliedEvents();
        bed.consume(EventSubscription.of("crash-" + bed.context, applied, bed.topic));

        AtomicInteger sends = new AtomicInteger();
        OutboxRelay crashing = bed.relay(store, crashingAfter(250, sends), fast);
        crashing.start();
        awaitCount(sends, 250);
        crashing.stop();
        // waves of 40 (one commit of each stream): six acknowledged and removed, the seventh died
        // after 11 sends, before anything of it was removed
        assertThat(bed.outbox.pending()).hasSizeGreaterThanOrEqualTo(400 - 240);

        bed.relay(store, bed.producers(), fast).start();
        applied.awaitDistinct(400, WAIT);
        awaitEmptyOutbox();

        assertThat(applied.timesApplied.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(applied.timesApplied.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        List<ConsumerRecord<String, byte[]>> wire = TopicReader.records(bed.bootstrap, bed.topic, 401, WAIT);
        assertThat(wire.size()).as("duplicates on the wire").isGreaterThan(400);
        awaitCounter("charter.consumer.duplicates", wire.size() - 400);
        applied.sequencesByStream.values().forEach(s -> assertThat(s).isSorted().doesNotHaveDuplicates());
    }

    @Test
    void each_stream_arrives_in_order_across_twelve_partitions() throws Exception {
        int streams = 120;
        int perStream = 6;
        bed.relay(store, bed.producers(), fast).start();
        AppliedEvents applied = new AppliedEvents();
        bed.consume(EventSubscription.of("order-" + bed.context, applied, bed.topic).withConcurrency(3));

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int n = 0; n < perStream; n++) {
                    for (int s = writer; s < streams; s += 4) {
                        String stream = "O-" + s;
                        store.append(stream, n, List.of(new TicketCommented(stream, "n" + n)), delegate);
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        applied.awaitDistinct(streams * perStream, WAIT);

        List<Long> oneToN = LongStream.rangeClosed(1, perStream).boxed().toList();
        assertThat(applied.sequencesByStream).hasSize(streams);
        applied.sequencesByStream.forEach((stream, sequences) ->
                assertThat(sequences).as(stream).containsExactlyElementsOf(oneToN));
        List<ConsumerRecord<String, byte[]>> wire = TopicReader.records(bed.bootstrap, bed.topic, streams * perStream, WAIT);
        assertThat(wire.stream().map(ConsumerRecord::partition).distinct().count()).isEqualTo(12);
    }

    @Test
    void a_backlog_larger_than_a_page_is_published_round_after_round_each_stream_in_order_and_once() throws Exception {
        int streams = 30;
        int perStream = 5;
        for (int n = 0; n < perStream; n++) {
            for (int s = 0; s < streams; s++) {
                String stream = "B-" + s;
                store.append(stream, n, List.of(new TicketCommented(stream, "n" + n)), delegate);
            }
        }
        assertThat(bed.outbox.pending()).hasSize(streams * perStream);

        bed.relay(store, bed.producers(), fast.withPageSize(20)).start();
        awaitEmptyOutbox();

        List<ConsumerRecord<String, byte[]>> wire = TopicReader.all(bed.bootstrap, bed.topic, WAIT);
        assertThat(wire).as("records on the wire, no duplicates").hasSize(streams * perStream);
        Map<String, List<Long>> sequences = new HashMap<>();
        wire.stream().sorted(java.util.Comparator.comparingInt(ConsumerRecord<String, byte[]>::partition)
                        .thenComparingLong(ConsumerRecord::offset))
                .forEach(r -> sequences.computeIfAbsent(r.key(), k -> new ArrayList<>())
                        .add(Long.parseLong(header(r, "ce_sequence"))));
        List<Long> oneToN = LongStream.rangeClosed(1, perStream).boxed().toList();
        assertThat(sequences).hasSize(streams);
        sequences.forEach((stream, seen) -> assertThat(seen).as(stream).containsExactlyElementsOf(oneToN));
    }

    private List<String> pendingStreamsOnceSettled(List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> pending = bed.outbox.pending().stream().map(e -> e.streamId()).toList();
        while (!pending.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            pending = bed.outbox.pending().stream().map(e -> e.streamId()).toList();
        }
        return pending;
    }

    @Test
    void an_append_that_commits_late_is_published_though_later_appends_were_relayed_before_it() throws Exception {
        CountDownLatch outboxWritten = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MongoEventStore slow = new MongoEventStore(bed.database, bed.outbox, bed.json, java.time.Clock.systemUTC(),
                Duration.ofSeconds(30), bed.meters) {
            @Override
            protected void insert(List<Document> commits) {
                if (commits.stream().anyMatch(c -> c.getString("streamId").equals("LATE"))) {
                    outboxWritten.countDown();
                    await(release);
                }
                super.insert(commits);
            }
        };
        bed.relay(slow, bed.producers(), fast).start();
        AppliedEvents applied = new AppliedEvents();
        bed.consume(EventSubscription.of("late-" + bed.context, applied, bed.topic));

        Future<AppendResult> late = Executors.newSingleThreadExecutor().submit(() ->
                slow.append("LATE", EventStore.NO_STREAM, List.of(new TicketCommented("LATE", "slow")), delegate));
        outboxWritten.await();
        for (int i = 0; i < 50; i++) {
            slow.append("EARLY-" + i, EventStore.NO_STREAM, List.of(new TicketCommented("EARLY-" + i, "fast")), delegate);
        }
        applied.awaitDistinct(50, WAIT);
        assertThat(applied.sequencesByStream).doesNotContainKey("LATE");
        // a consumer may apply the last batch before the relay has taken it out of the outbox
        assertThat(pendingStreamsOnceSettled(List.of("LATE"))).containsExactly("LATE");

        release.countDown();
        UUID lateId = ((AppendResult.Appended) late.get()).events().get(0).id();
        applied.awaitDistinct(51, WAIT);

        assertThat(applied.contains(lateId)).isTrue();
        awaitEmptyOutbox();
    }

    @Test
    void an_outbox_entry_whose_append_never_committed_is_dropped_after_the_grace_period() throws Exception {
        var shortGrace = new RelaySettings(Duration.ofMillis(20), 100, Duration.ofMillis(300));
        MongoEventStore crashing = new MongoEventStore(bed.database, bed.outbox, bed.json, java.time.Clock.systemUTC(),
                Duration.ofSeconds(30), bed.meters) {
            @Override
            protected void insert(List<Document> commits) {
                throw new IllegalStateException("process died before the commit");
            }
        };
        try {
            crashing.append("GONE", EventStore.NO_STREAM, List.of(new TicketCommented("GONE", "x")), delegate);
        } catch (IllegalStateException expected) {
            // as a crash would
        }
        store.append("KEPT", EventStore.NO_STREAM, List.of(new TicketCommented("KEPT", "y")), delegate);
        bed.relay(store, bed.producers(), shortGrace).start();

        awaitEmptyOutbox();

        assertThat(bed.counter("charter.relay.abandoned")).isEqualTo(1);
        assertThat(TopicReader.cloudEvents(bed.bootstrap, bed.topic, 1, WAIT)).extracting(CloudEvent::getSubject)
                .containsExactly("KEPT");
    }

    @Test
    void a_commit_kafka_took_in_part_is_resumed_after_the_events_it_acknowledged() throws Exception {
        store.append("PART", EventStore.NO_STREAM, List.of(new TicketCommented("PART", "a"),
                new TicketCommented("PART", "b"), new TicketCommented("PART", "c")), delegate);
        AtomicInteger refusals = new AtomicInteger();
        OutboxRelay relay = bed.relay(store, timingOutOnce("PART", "3", refusals), fast);

        relay.relayOnce(); // events 1 and 2 acknowledged, 3 timed out: the commit stays pending
        assertThat(refusals).hasValue(1);
        assertThat(bed.outbox.pending()).extracting(e -> e.key()).containsExactly("PART#1");
        relay.relayOnce();

        assertThat(bed.outbox.pending()).isEmpty();
        assertThat(TopicReader.all(bed.bootstrap, bed.topic, WAIT)).filteredOn(r -> "PART".equals(r.key()))
                .extracting(r -> header(r, "ce_sequence")).as("each event once, in order").containsExactly("1", "2", "3");
        assertThat(bed.counter("charter.relay.published")).isEqualTo(3);
    }

    /** A producer that answers the first send of one event of a stream with a timeout, as a broker that went away. */
    private Supplier<Producer<String, byte[]>> timingOutOnce(String stream, String sequence, AtomicInteger refusals) {
        Map<String, Object> config = CharterEventsAutoConfiguration.relayProducerConfig(
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bed.bootstrap));
        return () -> new KafkaProducer<String, byte[]>(config) {
            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                var header = record.headers().lastHeader("ce_sequence");
                if (stream.equals(record.key()) && header != null
                        && sequence.equals(new String(header.value(), StandardCharsets.UTF_8))
                        && refusals.getAndIncrement() == 0) {
                    return java.util.concurrent.CompletableFuture.failedFuture(
                            new org.apache.kafka.common.errors.TimeoutException("expired before the broker answered"));
                }
                return super.send(record, callback);
            }
        };
    }

    /** A producer whose process dies right after its {@code limit + 1}st send: the record goes, nothing after it runs. */
    private Supplier<Producer<String, byte[]>> crashingAfter(int limit, AtomicInteger sends) {
        Map<String, Object> config = CharterEventsAutoConfiguration.relayProducerConfig(
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bed.bootstrap));
        return () -> new KafkaProducer<String, byte[]>(config) {
            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                Future<RecordMetadata> sent = super.send(record, callback);
                if (sends.incrementAndGet() > limit) {
                    throw new ProcessDeath();
                }
                return sent;
            }
        };
    }

    /** The relay's process dying in the middle of a wave (an Error: nothing in the relay handles it). */
    private static final class ProcessDeath extends Error {
        ProcessDeath() {
            super("simulated crash in the middle of a wave");
        }
    }

    private void awaitEmptyOutbox() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!bed.outbox.pending().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bed.outbox.pending()).isEmpty();
    }

    private void awaitCounter(String name, double value) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bed.counter(name) < value && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bed.counter(name)).isEqualTo(value);
    }

    private static void awaitCount(AtomicInteger count, int value) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count.get() <= value && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> r) {
        Map<String, String> map = new HashMap<>();
        r.headers().forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return map;
    }
}
