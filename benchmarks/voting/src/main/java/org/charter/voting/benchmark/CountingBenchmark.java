package org.charter.voting.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.charter.voting.contest.BltReader;
import org.charter.voting.ranked.Contest;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Lot;
import org.charter.voting.ranked.RankedCount;

/**
 * Generates 1,000,000 ranked ballots over 10 candidates into a BLT file (fixed seed), then times
 * reading it, counting it by instant-runoff and by Scottish STV for 3 seats, each separately, and
 * reports the peak heap of each phase. Not a test: run it by hand (docs/voting.md, "Benchmark").
 *
 * <p>Arguments: {@code [ballots] [file] [repetitions]}; defaults 1000000,
 * {@code benchmarks/voting/target/ballots-1m.blt}, 5.
 */
public final class CountingBenchmark {

    private static final int CANDIDATES = 10;
    private static final long SEED = 20260531L;

    public static void main(String[] args) throws Exception {
        int ballots = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Path.of(args.length > 1 ? args[1] : "benchmarks/voting/target/ballots-1m.blt");
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        long t0 = System.nanoTime();
        generate(file, ballots);
        System.out.printf(Locale.ROOT, "generated %,d ballots over %d candidates into %s (%,d bytes) in %.0f ms%n",
                ballots, CANDIDATES, file, Files.size(file), (System.nanoTime() - t0) / 1e6);
        System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %,d MiB, %d processors%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        Contest contest = measure("read BLT", repetitions, () -> BltReader.read(file));
        System.out.printf(Locale.ROOT, "  %,d distinct rankings after merging identical ballots%n", contest.ballots().size());
        Contest oneSeat = new Contest(contest.id(), contest.title(), 1, contest.candidates(), contest.withdrawn(), contest.ballots());
        Contest threeSeats = new Contest(contest.id(), contest.title(), 3, contest.candidates(), contest.withdrawn(), contest.ballots());
        Lot lot = Lot.seededHex("5eed");
        CountReport irv = measure("count IRV, 1 seat", repetitions, () -> RankedCount.count(oneSeat, CountMethod.IRV, lot));
        System.out.printf(Locale.ROOT, "  %d stages, elected %s%n", irv.stages().size(), irv.elected());
        CountReport stv = measure("count STV, 3 seats", repetitions, () -> RankedCount.count(threeSeats, CountMethod.STV, lot));
        System.out.printf(Locale.ROOT, "  %d stages, quota %s, elected %s%n", stv.stages().size(), stv.quota().toPlainString(), stv.elected());
        measure("read + count STV", repetitions, () -> RankedCount.count(BltReader.read(file), CountMethod.STV, lot));
    }

    /** Ballots with 1–10 preferences drawn Plackett–Luce style, so some candidates are far more popular. */
    static void generate(Path file, int ballots) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(SEED);
        double[] popularity = new double[CANDIDATES];
        for (int c = 0; c < CANDIDATES; c++) {
            popularity[c] = 1.0 / (1 + c * 0.6);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(CANDIDATES + " 3\n");
            boolean[] used = new boolean[CANDIDATES];
            StringBuilder line = new StringBuilder(64);
            for (int b = 0; b < ballots; b++) {
                Arrays.fill(used, false);
                int length = 1 + random.nextInt(CANDIDATES);
                line.setLength(0);
                line.append('1');
                double left = Arrays.stream(popularity).sum();
                for (int p = 0; p < length; p++) {
                    double x = random.nextDouble() * left;
                    int pick = -1;
                    for (int c = 0; c < CANDIDATES; c++) {
                        if (!used[c]) {
                            pick = c;
                            x -= popularity[c];
                            if (x < 0) {
                                break;
                            }
                        }
                    }
                    used[pick] = true;
                    left -= popularity[pick];
                    line.append(' ').append(pick + 1);
                }
                line.append(" 0\n");
                out.append(line);
            }
            out.write("0\n");
            for (int c = 0; c < CANDIDATES; c++) {
                out.write("\"Candidate " + (char) ('A' + c) + "\"\n");
            }
            out.write("\"Benchmark: 1,000,000 ranked ballots\"\n");
        }
    }

    private static <T> T measure(String phase, int repetitions, Callable<T> work) throws Exception {
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        List<Double> processMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long peak = 0;
        T result = null;
        for (int r = 0; r < repetitions; r++) {
            result = null;
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long processStart = processCpuNanos();
            result = work.call();
            processMillis.add((processCpuNanos() - processStart) / 1e6);
            millis.add((System.nanoTime() - start) / 1e6);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            peak = Math.max(peak, peakHeap());
        }
        List<Double> sorted = millis.stream().sorted().toList();
        List<Double> cpu = cpuMillis.stream().sorted().toList();
        List<Double> process = processMillis.stream().sorted().toList();
        System.out.printf(Locale.ROOT,
                "%-20s wall: first %6.0f ms, best %6.0f, median %6.0f | CPU, counting thread: median %6.0f ms,"
                        + " whole JVM (GC, JIT too): median %6.0f ms | %d runs | peak heap %,d MiB%n",
                phase, millis.get(0), sorted.get(0), sorted.get(sorted.size() / 2), cpu.get(cpu.size() / 2),
                process.get(process.size() / 2), repetitions, peak >> 20);
        return result;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the phase's peak heap. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
