package org.charter.benchmark.ledger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.charter.audit.ledger.IncomingEvent;
import org.charter.audit.ledger.Ledger;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.LedgerVerifier;
import org.charter.audit.ledger.Verification;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.ReplayKind;
import org.charter.audit.replay.ReplayKinds;
import org.charter.audit.replay.adapter.LedgerHistory;
import org.charter.committee.vote.Vote;
import org.charter.committee.vote.VoteEvent;
import org.charter.committee.vote.VoteId;
import org.charter.embedded.mongo.InProcessMongoServer;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Appends N events of about 1 KB to the ledger on the in-process MongoDB-protocol server (the
 * sequencer and the store as the service runs them, batches as a Kafka poll delivers them), then
 * verifies the whole ledger, and reports events per second and memory. Kafka is not in the loop:
 * the figures are the ledger's own (canonicalisation is measured beside them).
 */
public final class LedgerBenchmark {

    private static final String PADDING = "x".repeat(700);

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "memory";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Path h2File = null;
        AutoCloseable mongo;
        String connectionString;
        if (backend.equals("h2")) {
            h2File = Files.createTempFile("charter-ledger-bench-", ".mv");
            Files.delete(h2File);
            InProcessMongoServer server = InProcessMongoServer.startDurable(h2File, 0);
            mongo = server;
            connectionString = server.connectionString();
        } else if (backend.equals("memory-process")) {
            ServerProcess server = ServerProcess.start(List.of(System.getProperty("server.jvm", "-Xmx12g").trim().split("\\s+")));
            PhaseCpu.countAlso("server process " + server.pid(), server::cpuNanos);
            mongo = server;
            connectionString = server.connectionString();
        } else {
            InProcessMongoServer server = InProcessMongoServer.startInMemory();
            mongo = server;
            connectionString = server.connectionString();
        }
        PeakHeap heap = new PeakHeap();
        heap.start();
        try (mongo; MongoClient client = MongoClients.create(connectionString)) {
            MongoLedgerStore store = new MongoLedgerStore(client.getDatabase("bench-ledger"));
            Ledger ledger = new Ledger(store, 1_000);
            LedgerHistory history = new LedgerHistory(store);

            List<String> cpu = new ArrayList<>();
            long canonStart = System.nanoTime();
            PhaseCpu phase = PhaseCpu.start("canonicalise");
            int canonSample = Math.min(events, 50_000);
            for (int i = 0; i < canonSample; i++) {
                new JsonCanonicalizer(raw(i)).getEncodedString();
            }
            double canonRate = canonSample / seconds(canonStart);
            cpu.add(phase.end(canonSample));

            long start = System.nanoTime();
            phase = PhaseCpu.start("ingest");
            List<IncomingEvent> pending = new ArrayList<>(batch);
            for (int i = 0; i < events; i++) {
                pending.add(event(i));
                if (pending.size() == batch || i == events - 1) {
                    ledger.append(pending);
                    pending = new ArrayList<>(batch);
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  appended %,d (%.0f events/s so far)%n", i + 1, (i + 1) / seconds(start));
                }
            }
            double ingest = events / seconds(start);
            cpu.add(phase.end(events));

            // verify and replay may be run more than once over the same ledger: the first pass includes the JIT's
            // compiling of their code, the later ones say what a pass costs once compiled
            List<String> results = new ArrayList<>();
            for (int pass = 1; pass <= passes; pass++) {
                String suffix = pass == 1 ? "" : " #" + pass;
                long verifyStart = System.nanoTime();
                phase = PhaseCpu.start("verify" + suffix);
                Verification v = new LedgerVerifier(store).verify();
                double verify = events / seconds(verifyStart);
                cpu.add(phase.end(events));
                results.add(String.format("verify%s (stream every entry, re-hash, re-link, checkpoints): %,.0f events/s -> ok=%s entries=%d",
                        suffix, verify, v.ok(), v.entries()));

                // replay: the service's own path. The committee's context read from the ledger as replay and
                // re-tally read it (LedgerHistory: read ahead, each entry's canonical form parsed on the reading
                // thread), each event gathered into its stream by the rules replay and re-tally use
                // (ReplayKind.Gathered: its data read as the committee's own VoteCast record as it arrives, only
                // the record held), then each stream rebuilt by its Vote aggregate (the committee's code)
                long replayStart = System.nanoTime();
                phase = PhaseCpu.start("replay" + suffix);
                ReplayKind<VoteId, Vote, VoteEvent>.Streams streams = ReplayKinds.VOTE.streams(Instant.MAX).read(history);
                double read = events / seconds(replayStart);
                long applyStart = System.nanoTime();
                long[] versions = new long[1];
                streams.forEachRebuilt((subject, vote) -> versions[0] += vote.version());
                long replayed = versions[0];
                double apply = replayed / seconds(applyStart);
                double replay = replayed / seconds(replayStart);
                cpu.add(phase.end(replayed));
                results.add(String.format("replay%s (read every entry, canonical parse and the data read as its record, then the committee's Vote.replay on %,d streams): "
                        + "%,.0f events/s overall (read and parse %,.0f events/s, rebuild %,.0f events/s), %,d events",
                        suffix, streams.size(), replay, read, apply, replayed));
            }
            heap.stop();

            System.out.printf("%n=== audit ledger benchmark: %s backend, %,d events of ~%d bytes, batches of %d, %d cores ===%n",
                    backend, events, raw(0).length(), batch, Runtime.getRuntime().availableProcessors());
            System.out.printf("canonicalise (RFC 8785, beside the ingest): %,.0f events/s%n", canonRate);
            System.out.printf("ingest (dedup + chain + ordered insert + checkpoints): %,.0f events/s%n", ingest);
            results.forEach(System.out::println);
            System.out.printf("memory: peak heap used %d MB, max heap %d MB%n", heap.peak.get() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            cpu.forEach(System.out::println);
        } finally {
            if (h2File != null) {
                Files.deleteIfExists(h2File);
            }
        }
    }

    /** A committee vote as the committee records it (VoteCast.v1 on stream vote:<poll>:<member>), padded to ~1 KB. */
    private static String raw(int n) {
        String poll = poll(n);
        String member = member(n);
        Instant at = Instant.ofEpochSecond(1_767_225_600L + n);
        return "{\"specversion\":\"1.0\",\"id\":\"" + new UUID(0xBE7C, n) + "\",\"source\":\"/charter/committee\","
                + "\"type\":\"charter.committee.VoteCast.v1\",\"subject\":\"" + subject(n) + "\",\"time\":\"" + at
                + "\",\"sequence\":\"" + (n / 60_000 + 1) + "\",\"correlationid\":\"c-" + n
                + "\",\"data\":{\"pollId\":\"" + poll + "\",\"memberId\":\"" + member + "\",\"choice\":\"YES\",\"castAt\":\""
                + at + "\",\"castBy\":\"person-" + member + "\",\"note\":\"" + PADDING + "\"}}";
    }

    private static String poll(int n) {
        return "m-bench00000-" + (n % 1000 + 1);
    }

    private static String member(int n) {
        return "M" + (n / 1000 % 60);
    }

    private static String subject(int n) {
        return "vote:" + poll(n) + ":" + member(n);
    }

    private static IncomingEvent event(int n) {
        String canonical = raw(n); // the ingest canonicalises before the ledger; that cost is measured apart
        return new IncomingEvent(new UUID(0xBE7C, n), "charter.committee.events", n % 12, n / 12,
                "charter.committee.VoteCast.v1", subject(n), Instant.ofEpochSecond(1_767_225_600L + n), canonical);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Samples the heap every 50 ms. */
    private static final class PeakHeap {
        final AtomicLong peak = new AtomicLong();
        private Thread sampler;

        void start() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
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
