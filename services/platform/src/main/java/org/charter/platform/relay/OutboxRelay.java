package org.charter.platform.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
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
 * Publishes appended events to the service's topic. It polls the outbox a page at a time (the
 * pending set, not a position cursor, so an append that commits late is still found; see
 * {@link Outbox#read(int)} for how a page keeps each stream's order; every {@code pollInterval}
 * while there is work, backing off to {@code idlePollInterval} while there is none, woken at once
 * by this process's appends), looks each commit up by its exact key, sends its events, and at the
 * end of the round takes out of the outbox only what Kafka acknowledged (every event of the
 * commit). Whatever was sent but not yet removed when it stops is sent again after a restart:
 * duplicates on the wire, never gaps.
 *
 * <p>Order within a stream: a round sends in waves, each holding at most one commit of a stream,
 * and a stream's next commit goes in a later wave only once Kafka acknowledged the one before.
 * So whatever happens to a commit (a broker away, a refusal), nothing of its stream after it is
 * on the wire before it.
 *
 * <p>Faults: a commit Kafka refuses for ever ({@link KafkaRefusals}: too large, invalid) is
 * parked in the outbox with the reason and its stream waits behind it until an operator releases
 * it, while every other stream goes on. Any other failure keeps the stream's commits pending and
 * fails the round (the producer is renewed, the next round comes after a growing pause); a wave
 * that gets no acknowledgement at all ends the round, so a broker that is away costs one wave's
 * timeout, not one per wave. The producer's memory is its {@code buffer.memory}: the relay hands
 * it one wave at a time. An outbox entry whose commit does not appear is dropped as abandoned
 * {@code abandonAfter} after <em>this relay first saw it</em>, on its own monotonic clock.
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** The longest pause between rounds while they fail. */
    static final Duration MAX_FAILURE_BACKOFF = Duration.ofSeconds(10);
    /** A failing relay logs its first failed round, then every this many. */
    private static final int FAILURES_PER_LOG_LINE = 10;

    private final Outbox outbox;
    private final MongoEventStore store;
    private final Supplier<Producer<String, byte[]>> producers;
    private final String topic;
    private final URI source;
    private final RelaySettings settings;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Counter published;
    private final Counter abandoned;
    private final Counter failures;
    private final Counter parkings;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parkedCount = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();

    /** When this relay first saw each pending key, by {@link #nanoTime}: what abandonment is timed from. */
    private final Map<String, Long> firstSeen = new HashMap<>();
    /**
     * How many first events of a pending commit Kafka acknowledged when its send failed part-way:
     * they are on the topic, so the commit is resumed after them (in this process; after a
     * restart it is sent whole again).
     */
    private final Map<String, Integer> acknowledgedEvents = new HashMap<>();
    private volatile RelayState state = new RelayState(0, List.of(), null, null, 0);
    private int failedRounds;
    /** What the last round read and settled: whether the drain goes on at once. */
    private LastRound lastRound = new LastRound(false, 0);

    /**
     * @param morePending the round read a page and more is pending beyond it
     * @param settled     entries it took out of the pending set (acknowledged, abandoned, parked)
     */
    private record LastRound(boolean morePending, int settled) {
    }

    private final Object producerLock = new Object();
    private Producer<String, byte[]> producer;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private ExecutorService executor;
    private volatile boolean stopping;
    private boolean listening;

    public OutboxRelay(Outbox outbox, MongoEventStore store, Supplier<Producer<String, byte[]>> producers, String topic,
                       URI source, RelaySettings settings, Clock clock, MeterRegistry meters) {
        this(outbox, store, producers, topic, source, settings, clock, System::nanoTime, meters);
    }

    /**
     * @param clock    wall time, for the parked entries and the age of the oldest entry
     * @param nanoTime this relay's monotonic clock, for abandonment
     */
    public OutboxRelay(Outbox outbox, MongoEventStore store, Supplier<Producer<String, byte[]>> producers, String topic,
                       URI source, RelaySettings settings, Clock clock, LongSupplier nanoTime, MeterRegistry meters) {
        this.outbox = outbox;
        this.store = store;
        this.producers = producers;
        this.topic = topic;
        this.source = source;
        this.settings = settings;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.published = Counter.builder("charter.relay.published").tag("topic", topic)
                .description("events the broker acknowledged").register(meters);
        this.abandoned = Counter.builder("charter.relay.abandoned").tag("topic", topic)
                .description("outbox entries dropped because their append never committed").register(meters);
        this.failures = Counter.builder("charter.relay.failures").tag("topic", topic)
                .description("relay rounds that failed and will be retried").register(meters);
        this.parkings = Counter.builder("charter.relay.parkings").tag("topic", topic)
                .description("commits parked because Kafka refuses them for ever").register(meters);
        Gauge.builder("charter.relay.pending", pending, AtomicLong::get).tag("topic", topic)
                .description("commits appended but not yet acknowledged by Kafka").register(meters);
        Gauge.builder("charter.relay.parked", parkedCount, AtomicLong::get).tag("topic", topic)
                .description("commits held back until an operator releases them").register(meters);
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

    /** What the last round found: for the health indicator and operators. */
    public RelayState state() {
        return state;
    }

    public String topic() {
        return topic;
    }

    /** Ends an idle wait: something was appended, so the next round should not wait for the poll to come round. */
    void wake() {
        wakeUps.offer(Boolean.TRUE);
    }

    /**
     * Rounds with at least {@code pollInterval} between them, as long as they find pending entries;
     * while the outbox stays empty the wait doubles up to {@code idlePollInterval}, so an idle
     * service costs (almost) nothing, and an append in this process ends the wait. While rounds
     * fail, the wait doubles up to {@link #MAX_FAILURE_BACKOFF} and appends do not end it.
     */
    private void relayUntilStopped() {
        long floor = settings.pollInterval().toNanos();
        long wait = floor;
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            wakeUps.clear(); // this round sees everything appended before it starts
            Drained drained = drain();
            wait = switch (drained) {
                case WORK -> floor;
                case IDLE -> Math.min(wait * 2, settings.idlePollInterval().toNanos());
                case FAILED -> Math.min(wait * 2, MAX_FAILURE_BACKOFF.toNanos());
            };
            try {
                if (drained == Drained.FAILED) {
                    sleepUnlessStopping(wait);
                    continue;
                }
                TimeUnit.NANOSECONDS.sleep(floor);
                if (wait > floor && !stopping) {
                    wakeUps.poll(wait - floor, TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void sleepUnlessStopping(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0 && !stopping; left = deadline - System.nanoTime()) {
            wakeUps.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
        }
    }

    private enum Drained {
        /** The last round found entries to send. */
        WORK,
        /** It found none, or only parked ones. */
        IDLE,
        FAILED
    }

    /** Relays round after round while there is more than a round took and rounds settle something. */
    private Drained drain() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int acknowledged = relayOnce();
                boolean more = lastRound.morePending() || acknowledged >= settings.batchSize();
                if (!more || lastRound.settled() == 0) {
                    break; // drained, or what the page holds waits (commits not written yet): poll again later
                }
                // a backlog: the next page, or more has probably arrived meanwhile: go on without sleeping
            }
            return pending.get() > parkedCount.get() ? Drained.WORK : Drained.IDLE;
        } catch (RoundFailed e) {
            return Drained.FAILED; // noted by the round, producer renewed
        } catch (RuntimeException e) {
            noteFailure(e); // MongoDB, most likely: the outbox could not be read or updated
            closeProducer();
            return Drained.FAILED;
        }
    }

    private void noteFailure(RuntimeException e) {
        failures.increment();
        failedRounds++;
        RelayState s = state;
        Instant since = s.failingSince() == null ? clock.instant() : s.failingSince();
        state = new RelayState(s.pending(), s.parked(), since, e.toString(), failedRounds);
        if (failedRounds == 1) {
            log.warn("relaying to {} failed; the commits concerned stay pending and are sent again: {}", topic,
                    e.toString());
        } else if (failedRounds % FAILURES_PER_LOG_LINE == 0) {
            log.warn("relaying to {} has failed {} rounds in a row since {}; the outbox keeps {} commits: {}", topic,
                    failedRounds, since, pending.get(), e.toString());
        }
    }

    private void noteSuccess() {
        if (failedRounds == 0) {
            return;
        }
        RelayState s = state;
        log.info("relaying to {} again after {} failed rounds since {}", topic, failedRounds, s.failingSince());
        failedRounds = 0;
        state = new RelayState(s.pending(), s.parked(), null, null, 0);
    }

    /**
     * One round: reads a page of the pending set, then wave by wave looks commits up (one query per wave),
     * sends them, waits for the broker's acknowledgements, and at the end removes what was
     * acknowledged, abandoned or parked from the outbox. Returns the number of events acknowledged.
     * A commit that failed otherwise than by a refusal stays pending (and its stream with it); when
     * nothing at all was acknowledged, the round fails ({@link RoundFailed}) and the producer is
     * renewed.
     */
    public int relayOnce() {
        lastRound = new LastRound(false, 0);
        Outbox.Pending read = outbox.read(settings.pageSize());
        List<Outbox.Entry> entries = read.entries();
        rememberFirstSeen(entries);
        List<Outbox.Entry> parked = entries.stream().filter(Outbox.Entry::isParked).toList();
        measureLag(entries, parked, read.documentsBeyond());
        Round round = new Round(streamsOf(entries));
        try {
            round.run();
        } finally {
            // also when the round failed: what Kafka acknowledged is not sent again
            outbox.remove(read, round.done);
            publishState(entries.size() - round.done.size() + round.newlyParked.size() + read.documentsBeyond(),
                    round.parkedNow(parked));
            lastRound = new LastRound(!read.complete(), round.done.size());
        }
        if (round.failure == null) {
            noteSuccess();
            return round.acknowledged;
        }
        noteFailure(round.failure);
        if (round.acknowledged == 0) {
            closeProducer();
            throw new RoundFailed(round.failure);
        }
        return round.acknowledged; // the others went on: only the streams that failed wait
    }

    /** Each stream's pending entries in sequence order, streams in key order. */
    private static Deque<Deque<Outbox.Entry>> streamsOf(List<Outbox.Entry> entries) {
        Map<String, Deque<Outbox.Entry>> byStream = new LinkedHashMap<>();
        for (Outbox.Entry e : entries) {
            byStream.computeIfAbsent(e.streamId(), s -> new ArrayDeque<>()).add(e);
        }
        return new ArrayDeque<>(byStream.values());
    }

    /** The waves of one round and what became of their entries. */
    private final class Round {
        private final Deque<Deque<Outbox.Entry>> ready;
        final List<String> done = new ArrayList<>();
        final List<Outbox.Entry> newlyParked = new ArrayList<>();
        int acknowledged;
        RuntimeException failure;

        Round(Deque<Deque<Outbox.Entry>> ready) {
            this.ready = ready;
        }

        void run() {
            while (!ready.isEmpty() && !Thread.currentThread().isInterrupted()) {
                List<Deque<Outbox.Entry>> wave = nextWave();
                if (wave.isEmpty()) {
                    continue;
                }
                if (!relay(wave)) {
                    break; // nothing acknowledged and something failed: the broker is not answering
                }
            }
        }

        /** The next commit of each ready stream, up to a batch; a stream whose next entry is parked waits. */
        private List<Deque<Outbox.Entry>> nextWave() {
            List<Deque<Outbox.Entry>> wave = new ArrayList<>();
            while (!ready.isEmpty() && wave.size() < settings.batchSize()) {
                Deque<Outbox.Entry> stream = ready.poll();
                if (!stream.peek().isParked()) {
                    wave.add(stream);
                }
            }
            return wave;
        }

        /** Sends one wave and settles it; false when it failed without a single acknowledgement. */
        private boolean relay(List<Deque<Outbox.Entry>> wave) {
            Map<String, Commit> commits = store.commits(wave.stream().map(s -> s.peek().key()).toList());
            Producer<String, byte[]> p = commits.isEmpty() ? null : producer();
            List<InFlight> inFlight = new ArrayList<>(wave.size());
            boolean sending = true;
            for (Deque<Outbox.Entry> stream : wave) {
                Outbox.Entry entry = stream.peek();
                Commit commit = commits.get(entry.key());
                if (commit == null) {
                    if (abandon(entry)) {
                        next(stream);
                    } // else: still being written, and nothing after it may overtake it: the stream waits
                    continue;
                }
                if (!entry.names(commit)) {
                    dropLosersEntry(entry);
                    next(stream);
                    continue;
                }
                if (sending) {
                    InFlight sent = send(p, stream, commit);
                    inFlight.add(sent);
                    // a send that failed at once on something passing (metadata, a full buffer) would
                    // make every further send wait as long: the rest of the wave waits for the next round
                    sending = !sent.failedAtOnce() || KafkaRefusals.refusesForEver(sent.failure);
                }
            }
            if (!inFlight.isEmpty()) {
                try {
                    p.flush();
                } catch (RuntimeException e) {
                    failure = e; // the acknowledgements below say which records made it
                }
            }
            return settle(inFlight);
        }

        private boolean abandon(Outbox.Entry entry) {
            long seenFor = nanoTime.getAsLong() - firstSeen.getOrDefault(entry.key(), nanoTime.getAsLong());
            if (seenFor <= settings.abandonAfter().toNanos()) {
                return false;
            }
            log.warn("dropping outbox entry {}: its append did not commit within {} of this relay seeing it",
                    entry.key(), settings.abandonAfter());
            abandoned.increment();
            done.add(entry.key());
            return true;
        }

        /**
         * The entry of an append that lost the race for its key: the commit there is the winner's,
         * published through the winner's own entry (perhaps already), so this one sends nothing.
         */
        private void dropLosersEntry(Outbox.Entry entry) {
            log.debug("outbox entry {} names a commit another append wrote: the race's loser's, dropped", entry.key());
            done.add(entry.key());
        }

        /**
         * Sends a commit's events, after those Kafka already acknowledged in an earlier round; one
         * that fails at once stops the commit (its later events would overtake it).
         */
        private InFlight send(Producer<String, byte[]> p, Deque<Outbox.Entry> stream, Commit commit) {
            int from = Math.min(acknowledgedEvents.getOrDefault(commit.key(), 0), commit.events().size());
            InFlight sent = new InFlight(stream, commit, from, new ArrayList<>(commit.events().size() - from));
            for (Commit.StoredEvent e : commit.events().subList(from, commit.events().size())) {
                Future<RecordMetadata> ack;
                try {
                    ack = p.send(CloudEventEnvelope.toProducerRecord(topic,
                            CloudEventEnvelope.toCloudEvent(commit, e, source)));
                } catch (RuntimeException thrown) {
                    sent.failure = thrown; // the producer itself failed (closed, interrupted)
                    break;
                }
                sent.acks.add(ack);
                Throwable refused = ack.isDone() ? failureOf(ack) : null;
                if (refused != null) {
                    sent.failure = refused;
                    break;
                }
            }
            return sent;
        }

        private boolean settle(List<InFlight> inFlight) {
            int acknowledgedCommits = 0;
            boolean failedOtherwise = false;
            for (InFlight f : inFlight) {
                Throwable cause = f.failure != null ? f.failure : awaitAll(f.acks);
                Outbox.Entry entry = f.stream.peek();
                if (cause == null) {
                    done.add(entry.key());
                    acknowledgedEvents.remove(entry.key());
                    acknowledged += f.acks.size();
                    published.increment(f.acks.size());
                    acknowledgedCommits++;
                    next(f.stream);
                    continue;
                }
                rememberAcknowledgedPrefix(f);
                if (KafkaRefusals.refusesForEver(cause)) {
                    park(entry, f.commit, cause);
                } else {
                    failedOtherwise = true;
                    if (failure == null) {
                        failure = new IllegalStateException("Kafka did not take " + entry.key() + ": " + cause, cause);
                    }
                }
            }
            return acknowledgedCommits > 0 || !failedOtherwise;
        }

        /**
         * A commit that failed part-way: the events up to the first one not acknowledged are on
         * the topic, so its next send starts after them. Only a prefix counts: an event
         * acknowledged after one that failed is sent again with it, in the commit's order.
         */
        private void rememberAcknowledgedPrefix(InFlight f) {
            int prefix = 0;
            for (Future<RecordMetadata> ack : f.acks) {
                if (!ack.isDone() || failureOf(ack) != null) {
                    break;
                }
                prefix++;
            }
            if (prefix > 0) {
                acknowledgedEvents.put(f.commit.key(), f.from + prefix);
                acknowledged += prefix;
                published.increment(prefix);
            }
        }

        private void park(Outbox.Entry entry, Commit commit, Throwable cause) {
            String reason = KafkaRefusals.reason(cause);
            Outbox.Parked parked = outbox.park(entry, reason, clock.instant());
            done.add(entry.key()); // out of the documents it was read from: the parked document names it now
            newlyParked.add(entry.parkedAs(parked));
            parkings.increment();
            log.error("parked commit {} of stream {} (events {} to {}): Kafka refuses it for ever ({}); the stream's"
                            + " later commits wait behind it. Fix the cause, then release it:"
                            + " POST /actuator/outbox/{}", entry.key(), entry.streamId(), commit.firstSequence(),
                    commit.lastSequence(), reason, parked.id());
        }

        /** The stream's head is settled: its next entry goes in a later wave. */
        private void next(Deque<Outbox.Entry> stream) {
            stream.poll();
            if (!stream.isEmpty()) {
                ready.add(stream);
            }
        }

        List<Outbox.Entry> parkedNow(List<Outbox.Entry> parkedBefore) {
            if (newlyParked.isEmpty()) {
                return parkedBefore;
            }
            List<Outbox.Entry> all = new ArrayList<>(parkedBefore);
            all.addAll(newlyParked);
            return List.copyOf(all);
        }
    }

    /** Null when every acknowledgement came, else why not. */
    private static Throwable awaitAll(List<Future<RecordMetadata>> acks) {
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
        }
        return null;
    }

    private static Throwable failureOf(Future<RecordMetadata> done) {
        try {
            done.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private void rememberFirstSeen(List<Outbox.Entry> entries) {
        long now = nanoTime.getAsLong();
        Map<String, Long> kept = new HashMap<>(Math.max(16, entries.size() * 2));
        for (Outbox.Entry e : entries) {
            Long seen = firstSeen.get(e.key());
            kept.put(e.key(), seen == null ? now : seen);
        }
        firstSeen.clear();
        firstSeen.putAll(kept); // keys no longer pending (or not in this page) are forgotten
        acknowledgedEvents.keySet().retainAll(kept.keySet());
    }

    /** @param documentsBeyond outbox documents beyond the page read (each names one commit or more) */
    private void measureLag(List<Outbox.Entry> entries, List<Outbox.Entry> parked, long documentsBeyond) {
        Instant now = clock.instant();
        pending.set(entries.size() + documentsBeyond);
        parkedCount.set(parked.size());
        Instant oldest = entries.stream().map(Outbox.Entry::createdAt).min(Instant::compareTo).orElse(now);
        oldestPendingMillis.set(Math.max(0, Duration.between(oldest, now).toMillis()));
    }

    private void publishState(long stillPending, List<Outbox.Entry> parked) {
        pending.set(stillPending);
        parkedCount.set(parked.size());
        RelayState s = state;
        state = new RelayState(stillPending, parked, s.failingSince(), s.lastFailure(), s.failedRounds());
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
                    // at once: whatever it still holds was not acknowledged, so it is still in the outbox
                    producer.close(Duration.ZERO);
                } catch (RuntimeException e) {
                    log.debug("closing the relay's producer failed", e);
                }
                producer = null;
            }
        }
    }

    /** A round that got no acknowledgement and failed (already counted and logged). */
    public static final class RoundFailed extends RuntimeException {
        RoundFailed(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class InFlight {
        final Deque<Outbox.Entry> stream;
        final Commit commit;
        /** The index in the commit of the first event sent (those before were acknowledged earlier). */
        final int from;
        final List<Future<RecordMetadata>> acks;
        Throwable failure;

        InFlight(Deque<Outbox.Entry> stream, Commit commit, int from, List<Future<RecordMetadata>> acks) {
            this.stream = stream;
            this.commit = commit;
            this.from = from;
            this.acks = acks;
        }

        boolean failedAtOnce() {
            return failure != null;
        }
    }
}
