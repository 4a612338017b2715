package org.charter.platform.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.eventstore.Commit;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.eventstore.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes appended events to the service's topic. It polls the outbox (the pending set, not a
 * position cursor, so an append that commits late is still found; every {@code pollInterval}
 * while there is work, backing off to {@code idlePollInterval} while there is none, woken at once
 * by this process's appends), looks each commit up by its exact key, sends its events in
 * per-stream sequence order, and at the end of the round takes out of the outbox only what Kafka
 * acknowledged (every event of the commit). Whatever was sent but not yet removed when it stops
 * is sent again after a restart: duplicates on the wire, never gaps.
 *
 * <p>Order within a stream: entries are handled sorted by (stream, sequence); a stream whose
 * earliest pending commit is not readable yet is skipped for the round; the producer is
 * idempotent with {@code acks=all}, so a batch that fails keeps every later batch of its
 * partition out of the log, and a failed round's entries all stay pending.
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final MongoEventStore store;
    private final Supplier<Producer<String, byte[]>> producers;
    private final String topic;
    private final URI source;
    private final RelaySettings settings;
    private final Clock clock;
    private final Counter published;
    private final Counter abandoned;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();

    private final Object producerLock = new Object();
    private Producer<String, byte[]> producer;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private ExecutorService executor;
    private volatile boolean stopping;
    private boolean listening;

    public OutboxRelay(Outbox outbox, MongoEventStore store, Supplier<Producer<String, byte[]>> producers, String topic,
                       URI source, RelaySettings settings, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.store = store;
        this.producers = producers;
        this.topic = topic;
        this.source = source;
        this.settings = settings;
        this.clock = clock;
        this.published = Counter.builder("charter.relay.published").tag("topic", topic)
                .description("events the broker acknowledged").register(meters);
        this.abandoned = Counter.builder("charter.relay.abandoned").tag("topic", topic)
                .description("outbox entries dropped because their append never committed").register(meters);
        this.failures = Counter.builder("charter.relay.failures").tag("topic", topic)
                .description("relay rounds that failed and will be retried").register(meters);
        Gauge.builder("charter.relay.pending", pending, AtomicLong::get).tag("topic", topic)
                .description("commits appended but not yet acknowledged by Kafka").register(meters);
        Gauge.builder("charter.relay.oldest.age", oldestPendingMillis, a -> a.get() / 1000.0).tag("topic", topic)
                .baseUnit("seconds").description("age of the oldest commit waiting to be published").register(meters);
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        stopping = false;
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "charter-relay-" + topic);
            t.setDaemon(true);
            return t;
        });
        if (!listening) {
            store.onAppend(this::wake);
            listening = true;
        }
        executor.execute(this::relayUntilStopped);
        log.info("relaying the outbox to {} every {} while busy, backing off to {} while idle", topic,
                settings.pollInterval(), settings.idlePollInterval());
    }

    /** Stops after the round in progress; what it has not removed from the outbox is sent again later. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        stopping = true;
        executor.shutdown();
        wake();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
        closeProducer();
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Ends an idle wait: something was appended, so the next round should not wait for the poll to come round. */
    void wake() {
        wakeUps.offer(Boolean.TRUE);
    }

    /**
     * Rounds with at least {@code pollInterval} between them, as long as they find pending entries;
     * while the outbox stays empty the wait doubles up to {@code idlePollInterval}, so an idle
     * service costs (almost) nothing, and an append in this process ends the wait.
     */
    private void relayUntilStopped() {
        long floor = settings.pollInterval().toNanos();
        long wait = floor;
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            wakeUps.clear(); // this round sees everything appended before it starts
            wait = drain() ? floor : Math.min(wait * 2, settings.idlePollInterval().toNanos());
            try {
                TimeUnit.NANOSECONDS.sleep(floor);
                if (wait > floor && !stopping) {
                    wakeUps.poll(wait - floor, TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Relays until the outbox holds less than a batch; true when the last round found pending entries. */
    private boolean drain() {
        try {
            while (relayOnce() >= settings.batchSize() && !Thread.currentThread().isInterrupted()) {
                // a backlog: more has probably arrived meanwhile, go on without sleeping
            }
            return pending.get() > 0;
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("relay round to {} failed; its entries stay pending and are sent again: {}", topic, e.toString());
            closeProducer();
            return false; // retried after a growing pause, not 40 times a second while Kafka is away
        }
    }

    /**
     * One round: reads the pending set, then batch by batch looks the commits up (one query per
     * batch), sends their events, waits for the broker's acknowledgements and removes the
     * acknowledged entries. Returns the number of events acknowledged.
     */
    public int relayOnce() {
        Outbox.Pending read = outbox.read();
        List<Outbox.Entry> entries = read.entries();
        Instant now = clock.instant();
        measureLag(entries, now);
        Set<String> blocked = new HashSet<>();
        List<String> done = new ArrayList<>();
        int acknowledged = 0;
        try {
            for (int from = 0; from < entries.size(); from += settings.batchSize()) {
                List<Outbox.Entry> batch = entries.subList(from, Math.min(entries.size(), from + settings.batchSize()));
                acknowledged += relay(batch, blocked, now, done);
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
            }
        } finally {
            // also when the round failed: what Kafka acknowledged is not sent again
            outbox.remove(read, done);
        }
        return acknowledged;
    }

    private int relay(List<Outbox.Entry> batch, Set<String> blocked, Instant now, List<String> done) {
        Map<String, Commit> commits = store.commits(batch.stream()
                .filter(e -> !blocked.contains(e.streamId())).map(Outbox.Entry::key).toList());
        Producer<String, byte[]> p = producer();
        List<InFlight> inFlight = new ArrayList<>();
        for (Outbox.Entry entry : batch) {
            if (blocked.contains(entry.streamId())) {
                continue;
            }
            Commit commit = commits.get(entry.key());
            if (commit == null) {
                if (Duration.between(entry.createdAt(), now).compareTo(settings.abandonAfter()) > 0) {
                    log.warn("dropping outbox entry {}: its append did not commit within {}", entry.key(),
                            settings.abandonAfter());
                    abandoned.increment();
                    done.add(entry.key());
                } else {
                    blocked.add(entry.streamId()); // still being written: nothing after it may overtake it
                }
                continue;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(commit.events().size());
            for (Commit.StoredEvent e : commit.events()) {
                acks.add(p.send(CloudEventEnvelope.toProducerRecord(topic,
                        CloudEventEnvelope.toCloudEvent(commit, e, source))));
            }
            inFlight.add(new InFlight(entry, acks));
        }
        if (!inFlight.isEmpty()) {
            p.flush();
        }
        int acknowledged = awaitAcks(inFlight, done);
        published.increment(acknowledged);
        return acknowledged;
    }

    private int awaitAcks(List<InFlight> inFlight, List<String> done) {
        Set<String> failedStreams = new HashSet<>();
        int acknowledged = 0;
        RuntimeException failure = null;
        for (InFlight f : inFlight) {
            try {
                for (Future<RecordMetadata> ack : f.acks()) {
                    ack.get();
                }
                if (!failedStreams.contains(f.entry().streamId())) {
                    done.add(f.entry().key());
                    acknowledged += f.acks().size();
                }
            } catch (ExecutionException e) {
                failedStreams.add(f.entry().streamId());
                failure = new IllegalStateException("Kafka refused " + f.entry().key() + ": " + e.getCause(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while waiting for Kafka", e);
                break;
            }
        }
        if (failure != null) {
            throw failure; // the round removes what was acknowledged, then the producer is renewed
        }
        return acknowledged;
    }

    private void measureLag(List<Outbox.Entry> entries, Instant now) {
        pending.set(entries.size());
        Instant oldest = entries.stream().map(Outbox.Entry::createdAt).min(Instant::compareTo).orElse(now);
        oldestPendingMillis.set(Math.max(0, Duration.between(oldest, now).toMillis()));
    }

    private Producer<String, byte[]> producer() {
        synchronized (producerLock) {
            if (producer == null) {
                producer = producers.get();
            }
            return producer;
        }
    }

    private void closeProducer() {
        synchronized (producerLock) {
            if (producer != null) {
                try {
                    producer.close(Duration.ofSeconds(5));
                } catch (RuntimeException e) {
                    log.debug("closing the relay's producer failed", e);
                }
                producer = null;
            }
        }
    }

    private record InFlight(Outbox.Entry entry, List<Future<RecordMetadata>> acks) {
    }
}
