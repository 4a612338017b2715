package org.charter.committee.votes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The vote-ingestion load generator (issue 11): many delegates voting at once on many open polls
 * through the gateway of a running devstack. It registers its own Governing members with their
 * delegates (through membership, so the committee learns them from the topic), opens formal
 * votes on motions of its own, then sends every delegate's vote on every poll from
 * {@code --connections} keep-alive connections, and reports votes/s, p50/p99 to the 201, how soon
 * the running count and the topic show a vote, the server's CPU and memory, and whether every
 * accepted vote was counted. Loopback only; run by hand, never as a test.
 *
 * <pre>
 * java -jar benchmarks/committee-votes/target/charter-committee-votes.jar --base-url http://localhost:8080 \
 *   --kafka 127.0.0.1:9092 --members 50 --polls 40 --connections 16 --server-pid &lt;devstack pid&gt;
 * </pre>
 */
public final class VoteIngestion {

    private VoteIngestion() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if ("ballots".equals(options.get("mode"))) {
            BallotIngestion.run(options);
            return;
        }
        URI base = URI.create(options.getOrDefault("base-url", "http://localhost:8080"));
        // where the votes go: the gateway (default) or, to see the gateway's share, the committee service itself
        URI votesBase = URI.create(options.getOrDefault("votes-url", base.toString()));
        String kafka = options.getOrDefault("kafka", "127.0.0.1:9092");
        int members = Integer.parseInt(options.getOrDefault("members", "50"));
        int polls = Integer.parseInt(options.getOrDefault("polls", "40"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "16"));
        long serverPid = Long.parseLong(options.getOrDefault("server-pid", "0"));
        double sampleShare = Double.parseDouble(options.getOrDefault("sample", "0.02"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()
                || !InetAddress.getByName(votesBase.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("this generator only loads a service on this machine, not " + base);
        }

        Setup setup = new Setup(base);
        String run = runTag();
        Instant since = Instant.now().minusSeconds(60);
        System.out.printf("vote ingestion run %s against %s (votes to %s): %d members × %d polls = %d votes, %d connections%n",
                run, base, votesBase, members, polls, members * polls, connections);

        long setupStart = System.nanoTime();
        // the gateway's development tokens take 2-12 letters or digits, no hyphen
        Map<String, String> tokens = setup.governingMembersWithDelegates("V" + run, members, since);
        List<String> ids = new ArrayList<>(tokens.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        // the committee learns the members from membership's topic: leave it time before the polls open
        Instant opensAt = Instant.now().plusSeconds(Long.parseLong(options.getOrDefault("opens-in", "8")));
        List<String> pollIds = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> opened = new ArrayList<>();
        for (int p = 0; p < polls; p++) {
            opened.add(pool.submit(() -> pollIds.add(setup.openPoll(opensAt, opensAt.plus(Duration.ofHours(1))))));
        }
        for (Future<?> f : opened) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("  setup: %d members with delegates, %d polls, in %.1f s%n", members, polls,
                (System.nanoTime() - setupStart) / 1e9);

        RelayLag relay = kafka.equals("none") ? null : new RelayLag(kafka, new LinkedHashSet<>(pollIds));
        if (relay != null) {
            Thread consumer = new Thread(relay, "relay-lag");
            consumer.setDaemon(true);
            consumer.start();
            while (!relay.assigned()) {
                Thread.sleep(50);
            }
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), opensAt).toMillis()) + 500);
        int electorate = -1;
        for (String poll : pollIds) {
            JsonNode opening = setup.poll(poll); // records the opening, electorate frozen at opensAt
            electorate = opening.path("electorate").asInt();
        }
        System.out.printf("  polls open, N = %d (the demo's Governing members and the run's)%n", electorate);
        double settleCores = Double.parseDouble(options.getOrDefault("settle", "0"));
        if (settleCores > 0 && serverPid > 0) {
            // the openings' after-effects (notices to every seat holder, consumers of the opening events)
            // would otherwise fall inside the vote phase and be counted as the votes' CPU
            System.out.printf("  settled: %s%n", settle(new ProcessCpuTime(serverPid), settleCores,
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("settle-max", "120")))));
        }
        System.out.printf("  load average before the votes: %s%n", BallotIngestion.loadAverage());

        List<String[]> work = new ArrayList<>();
        for (String poll : pollIds) {
            for (String id : ids) {
                work.add(new String[]{poll, id});
            }
        }
        Collections.shuffle(work, new SecureRandom());

        LatencyStats toCreated = new LatencyStats();
        LatencyStats toVisible = new LatencyStats();
        LongAdder visibleAtFirstRead = new LongAdder();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ProcessCpuTime cpu = serverPid > 0 ? new ProcessCpuTime(serverPid) : null;
        double cpuBefore = cpu == null ? 0 : cpu.seconds();
        ExecutorService voters = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            running.add(voters.submit(() -> {
                SecureRandom random = new SecureRandom();
                try (KeepAliveConnection connection = new KeepAliveConnection(votesBase)) {
                    for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                        String[] vote = work.get(i);
                        long begin = System.nanoTime();
                        int status = connection.post("/api/v1/polls/" + vote[0] + "/votes", tokens.get(vote[1]),
                                "{\"choice\":\"YES\"}");
                        long answered = System.nanoTime();
                        toCreated.record(answered - begin, status == 201);
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        if (status == 201 && random.nextDouble() < sampleShare) {
                            boolean first = true;
                            while (!setup.voted(vote[0], vote[1])) {
                                first = false;
                            }
                            toVisible.record(System.nanoTime() - answered, true);
                            if (first) {
                                visibleAtFirstRead.increment();
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        voters.shutdown();
        double cpuUsed = cpu == null ? 0 : cpu.seconds() - cpuBefore;

        int accepted = statuses.getOrDefault(201, new LongAdder()).intValue();
        System.out.printf("  votes      %d sent, %d accepted (201) in %.1f s: %.0f votes/s%n", work.size(), accepted, seconds,
                work.size() / seconds);
        System.out.printf("  to the 201 p50 %.1f ms  p99 %.1f ms  max %.1f ms; answers %s%n", toCreated.percentileMillis(50),
                toCreated.percentileMillis(99), toCreated.maxMillis(), statusesOf(statuses));
        System.out.printf("  running count shows the vote: %d sampled, %d at the first read after the 201, p50 %.1f ms"
                        + " p99 %.1f ms after the 201 (one GET of the turnout)%n", toVisible.count(),
                visibleAtFirstRead.intValue(), toVisible.percentileMillis(50), toVisible.percentileMillis(99));
        if (cpu != null) {
            System.out.printf("  server CPU %.1f s for the votes: %.2f ms per vote; server memory %s%n", cpuUsed,
                    cpuUsed * 1000 / work.size(), memoryOf(serverPid));
        }
        System.out.printf("  load average after the votes: %s%n", BallotIngestion.loadAverage());
        Runtime jvm = Runtime.getRuntime();
        System.out.printf("  generator heap %d MB used%n", (jvm.totalMemory() - jvm.freeMemory()) / (1024 * 1024));

        if (relay != null) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (relay.distinctVotes() < accepted && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            relay.stop();
            System.out.printf("  on the topic: %d of %d VoteCast; appended → read from Kafka p50 %.1f ms p99 %.1f ms max %.1f ms%n",
                    relay.distinctVotes(), accepted, relay.lag().percentileMillis(50), relay.lag().percentileMillis(99),
                    relay.lag().maxMillis());
        }
        int counted = 0;
        int mismatched = 0;
        for (String poll : pollIds) {
            JsonNode result = setup.close(poll).path("result");
            int yes = result.path("counts").path("yes").asInt();
            counted += yes;
            if (yes != members) {
                mismatched++;
            }
        }
        System.out.printf("  closed and counted: %d YES in %d polls (%d accepted); polls whose count differs: %d%n", counted,
                pollIds.size(), accepted, mismatched);
    }

    /**
     * Waits until the server uses under {@code cores} of CPU over a whole second (or {@code max} has
     * passed), so the vote phase starts on a server that has finished reacting to the polls' opening.
     */
    static String settle(ProcessCpuTime cpu, double cores, Duration max) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        double used = Double.NaN;
        while (System.nanoTime() < deadline) {
            double before = cpu.seconds();
            long from = System.nanoTime();
            Thread.sleep(1000);
            used = (cpu.seconds() - before) / ((System.nanoTime() - from) / 1e9);
            if (used < cores) {
                return String.format("the server used %.2f cores over the last second, after %.1f s", used,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        return String.format("NOT settled: the server still used %.2f cores after %.1f s", used,
                (System.nanoTime() - start) / 1e9);
    }

    static String statusesOf(Map<Integer, LongAdder> statuses) {
        Map<Integer, Integer> sorted = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> sorted.put(status, count.intValue()));
        return sorted.toString();
    }

    static String memoryOf(long pid) {
        try {
            Map<String, String> status = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    status.put(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
            return "RSS " + status.get("VmRSS") + " (peak " + status.get("VmHWM") + ")";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    static String runTag() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tag.append(letters.charAt(random.nextInt(letters.length())));
        }
        return tag.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** The CPU time of a process of this machine (user + system, {@code /proc/<pid>/stat}, ticks of 1/100 s). */
    record ProcessCpuTime(long pid) {
        double seconds() throws IOException {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }
    }
}
