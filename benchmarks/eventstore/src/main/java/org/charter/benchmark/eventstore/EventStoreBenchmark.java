package org.charter.benchmark.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.charter.embedded.mongo.InProcessMongoServer;
import org.charter.platform.autoconfigure.CharterEventsAutoConfiguration;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.consumer.ProcessedEvents;
import org.charter.platform.consumer.SubscriptionContainers;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.eventstore.Outbox;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.kafka.TopicProvisioner;
import org.charter.platform.relay.OutboxRelay;
import org.charter.platform.relay.RelaySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures, on the embedded infrastructure (in-process KRaft broker, mongo-java-server over a
 * socket): appends per second with concurrent writers, and events per second end to end, from
 * the append to an idempotent consumer having applied them (relay, Kafka, consumer, the
 * consumer's processed-events record). Arguments: {@code [memory|h2] [writers] [appends] [e2e events]}.
 */
public final class EventStoreBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EventStoreBenchmark.class);
    private static final EventTypes TYPES = EventTypes.of(Voted.class);
    private static final Instant CAST_AT = Instant.parse("2026-06-01T12:00:00Z");

    private final int writers;
    private final MongoClient client;
    private final String bootstrap;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventJson json = new EventJson(TYPES);
    private final PeakHeap heap = new PeakHeap();

    private EventStoreBenchmark(int writers, MongoClient client, String bootstrap) {
        this.writers = writers;
        this.client = client;
        this.bootstrap = bootstrap;
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "memory";
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int appends = args.length > 2 ? Integer.parseInt(args[2]) : 60_000;
        int endToEnd = args.length > 3 ? Integer.parseInt(args[3]) : 40_000;

        Path h2File = null;
        try (InProcessKafkaBroker kafka = InProcessKafkaBroker.startForTests()) {
            InProcessMongoServer mongo;
            if (backend.equals("h2")) {
                h2File = Files.createTempFile("charter-bench-", ".mv");
                Files.delete(h2File);
                mongo = InProcessMongoServer.startDurable(h2File, 0);
            } else {
                mongo = InProcessMongoServer.startInMemory();
            }
            try (mongo; MongoClient client = MongoClients.create(mongo.connectionString())) {
                var bench = new EventStoreBenchmark(writers, client, kafka.bootstrapServers());
                bench.heap.start();
                log.info("backend={} writers={} cores={} max heap={} MB", backend, writers,
                        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
                bench.warmUp();
                Result raw = bench.rawInserts(appends);
                Result rawGroups = bench.rawInsertGroups(appends, 16);
                MongoDatabase db = client.getDatabase("bench-append");
                MongoEventStore store = bench.store(db);
                Result newStreams = bench.appends(store, appends, 0, "new streams (a vote is a stream of its own)");
                Result warm = bench.appends(store, appends, 1,
                        "event 2, version known (the writer appended or loaded it)");
                Result cold = bench.appends(bench.store(db), appends, 2, "event 3, version unknown (read to check)");
                Result e2e = bench.endToEnd(endToEnd);
                bench.heap.stop();
                System.out.printf("%n=== event store benchmark: %s backend, %d writers, %d cores ===%n", backend, writers,
                        Runtime.getRuntime().availableProcessors());
                System.out.println(raw);
                System.out.println(rawGroups);
                System.out.println(newStreams);
                System.out.println(warm);
                System.out.println(cold);
                System.out.println(e2e);
                System.out.printf("memory: peak heap used %d MB, heap used now %d MB, peak RSS %s%n",
                        bench.heap.peak.get() >> 20, usedHeap() >> 20, rss());
            }
        } finally {
            if (h2File != null) {
                Files.deleteIfExists(h2File);
            }
        }
        System.exit(0);
    }

    /** Lets the JIT compile the append and relay paths before anything is measured. */
    private void warmUp() throws Exception {
        MongoDatabase db = client.getDatabase("bench-warm-up");
        MongoEventStore store = store(db);
        run(store, "warm-up", 20_000, 0);
        run(store, "warm-up", 20_000, 1);
        db.drop();
    }

    /** The ceiling: plain insertOne of a commit-sized document by the same writers, nothing else. */
    private Result rawInserts(int count) throws Exception {
        var collection = client.getDatabase("bench-raw").getCollection("raw");
        String data = json.write(new Voted("poll-1", "M1", "yes", CAST_AT));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = writer; i < count; i += writers) {
                    collection.insertOne(new org.bson.Document("_id", "raw-" + i + "#1").append("streamId", "raw-" + i)
                            .append("sequence", 1L).append("last", 1L).append("events", List.of(
                                    new org.bson.Document("id", java.util.UUID.randomUUID().toString())
                                            .append("type", "charter.bench.Voted.v1").append("data", data))));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return new Result("raw insertOne, no index but _id (the ceiling)", count, (System.nanoTime() - started) / 1e9, "");
    }

    /** The ceiling for grouped writes: one writer, insertMany of {@code group} commit-sized documents. */
    private Result rawInsertGroups(int count, int group) {
        var collection = client.getDatabase("bench-raw").getCollection("raw-groups");
        String data = json.write(new Voted("poll-1", "M1", "yes", CAST_AT));
        long started = System.nanoTime();
        for (int from = 0; from < count; from += group) {
            List<org.bson.Document> documents = new ArrayList<>(group);
            for (int i = from; i < Math.min(count, from + group); i++) {
                documents.add(new org.bson.Document("_id", "raw-" + i + "#1").append("streamId", "raw-" + i)
                        .append("sequence", 1L).append("last", 1L).append("events", List.of(
                                new org.bson.Document("id", java.util.UUID.randomUUID().toString())
                                        .append("type", "charter.bench.Voted.v1").append("data", data))));
            }
            collection.insertMany(documents, new com.mongodb.client.model.InsertManyOptions().ordered(false));
        }
        return new Result("raw insertMany, " + group + " a request, one writer", count,
                (System.nanoTime() - started) / 1e9, "");
    }

    /** {@code count} single-event appends by the writers to streams 0..count-1 at this expected version. */
    private Result appends(MongoEventStore store, int count, long expectedVersion, String what) throws Exception {
        var groups = meters.get("charter.events.append.group").summary();
        long groupsBefore = groups.count();
        long started = System.nanoTime();
        long conflicts = run(store, "vote", count, expectedVersion);
        double seconds = (System.nanoTime() - started) / 1e9;
        String grouping = String.format("%.1f commits a request", (double) count / (groups.count() - groupsBefore));
        return new Result("appends, " + what, count, seconds, (conflicts == 0 ? "" : conflicts + " conflicts ") + grouping);
    }

    private Result endToEnd(int count) throws Exception {
        MongoDatabase db = client.getDatabase("bench-e2e");
        MongoEventStore store = store(db);
        String topic = EventTopics.of("bench");
        var topics = new TopicProvisioner(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap), 12,
                (short) 1, Duration.ofSeconds(60));
        topics.ensure(List.of(topic, EventTopics.deadLetterOf(topic)));
        Map<String, Object> producer = CharterEventsAutoConfiguration.relayProducerConfig(
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        var relay = new OutboxRelay(new Outbox(db), store, () -> new KafkaProducer<>(producer), topic,
                CloudEventEnvelope.sourceOf("bench"), new RelaySettings(Duration.ofMillis(10), 2_000, Duration.ofSeconds(60)),
                Clock.systemUTC(), meters);
        AtomicLong applied = new AtomicLong();
        var consumers = new SubscriptionContainers(
                List.of(EventSubscription.of("bench-consumer", e -> applied.incrementAndGet(), topic).withConcurrency(2)),
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000),
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topics, new CloudEventEnvelope(json),
                new ProcessedEvents(db), new SubscriptionContainers.Retries(2, Duration.ofMillis(100)), Clock.systemUTC(),
                meters);
        relay.start();
        consumers.start();
        try {
            int warmup = 200;
            run(store, "warmup", warmup, 0);
            await(applied, warmup, "warm-up");
            long started = System.nanoTime();
            run(store, "e2e", count, 0);
            double appendSeconds = (System.nanoTime() - started) / 1e9;
            Outbox outbox = new Outbox(db);
            while (outbox.size() > 0) {
                Thread.sleep(5);
            }
            double relaySeconds = (System.nanoTime() - started) / 1e9;
            await(applied, warmup + count, "end to end");
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result("end to end (append -> relay -> Kafka -> idempotent consumer)", count, seconds,
                    String.format("appends done after %.2f s (%.0f/s while relaying), relay after %.2f s", appendSeconds,
                            count / appendSeconds, relaySeconds));
        } finally {
            consumers.stop();
            relay.stop();
        }
    }

    private long run(MongoEventStore store, String prefix, int count, long expectedVersion) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong conflicts = new AtomicLong();
        List<Future<?>> done = new ArrayList<>();
        CommandContext context = CommandContext.system();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = writer; i < count; i += writers) {
                    String stream = prefix + "-" + i;
                    AppendResult r = store.append(stream, expectedVersion,
                            List.of(new Voted("poll-1", "M" + i, i % 3 == 0 ? "yes" : "no", CAST_AT)), context);
                    if (r instanceof AppendResult.VersionConflict) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return conflicts.get();
    }

    private MongoEventStore store(MongoDatabase db) {
        return new MongoEventStore(db, new Outbox(db), json, Clock.systemUTC(), Duration.ofSeconds(30), meters);
    }

    private static void await(AtomicLong counter, long value, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (counter.get() < value && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (counter.get() < value) {
            throw new IllegalStateException(what + ": only " + counter.get() + " of " + value + " applied");
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
        } catch (Exception e) {
            return "n/a";
        }
    }

    private record Result(String name, int events, double seconds, String note) {
        @Override
        public String toString() {
            return String.format("%-72s %7d events in %6.2f s = %8.0f events/s %s", name, events, seconds,
                    events / seconds, note);
        }
    }

    /** Samples the heap every 50 ms: the peak is what the run needed at most. */
    private static final class PeakHeap {
        final AtomicLong peak = new AtomicLong();
        private Thread sampler;

        void start() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(usedHeap(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() {
            sampler.interrupt();
        }
    }
}
