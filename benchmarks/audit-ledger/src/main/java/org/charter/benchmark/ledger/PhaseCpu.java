package org.charter.benchmark.ledger;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Where one phase's CPU went: the process's CPU time, the main thread's (which runs the phase),
 * the machine's load average at its end, and the four threads that used most CPU during it.
 * On a shared machine the wall time alone says little; these say whose time it was.
 */
final class PhaseCpu {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Every thread's CPU and name as last seen (sampled every 100 ms): a thread that ends within a
     * phase (the ledger's read-ahead thread ends with its stream) still counts as itself, less at most
     * its last 100 ms, instead of as "not in live Java threads".
     */
    private static final Map<Long, Map.Entry<String, Long>> LAST_SEEN = new ConcurrentHashMap<>();

    static {
        Thread sampler = new Thread(() -> {
            while (true) {
                for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                    if (info != null) {
                        long time = THREADS.getThreadCpuTime(info.getThreadId());
                        if (time >= 0) {
                            LAST_SEEN.put(info.getThreadId(), Map.entry(info.getThreadName(), time));
                        }
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Another process whose CPU is the phase's too (the MongoDB-protocol server in its own JVM), or none. */
    private static volatile String alsoName;
    private static volatile LongSupplier alsoCpu = () -> 0L;

    private final String phase;
    private final long mainThread = Thread.currentThread().getId();
    private final long wallStart = System.nanoTime();
    private final long processStart = OS.getProcessCpuTime();
    private final long mainStart = THREADS.getCurrentThreadCpuTime();
    private final Map<Long, Long> threadStart = startCpu();
    private final long alsoStart = alsoCpu.getAsLong();
    private final long uptimeStart = ManagementFactory.getRuntimeMXBean().getUptime();
    private final long[] pausesStart = pauses();
    private final long compilingStart = compiling();

    private PhaseCpu(String phase) {
        this.phase = phase;
    }

    /** Counts this process's CPU (all its threads) in every phase from now on, beside this JVM's. */
    static void countAlso(String name, LongSupplier cpuNanos) {
        alsoName = name;
        alsoCpu = cpuNanos;
    }

    /** Starts measuring a phase run by the calling thread. */
    static PhaseCpu start(String phase) {
        return new PhaseCpu(phase);
    }

    /** The phase's CPU line, {@code events} being what it processed (for the CPU per event). */
    String end(long events) {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        long process = OS.getProcessCpuTime() - processStart;
        long main = THREADS.getThreadCpuTime(mainThread) - mainStart;
        Map<Long, Long> now = threadCpu();
        Map<Long, String> names = new HashMap<>();
        LAST_SEEN.forEach((id, seen) -> {
            if (!now.containsKey(id) && seen.getValue() > threadStart.getOrDefault(id, 0L)) {
                now.put(id, seen.getValue()); // ended during the phase
                names.put(id, seen.getKey() + " (ended)");
            }
        });
        for (ThreadInfo info : THREADS.getThreadInfo(now.keySet().stream().mapToLong(Long::longValue).toArray())) {
            if (info != null) {
                names.putIfAbsent(info.getThreadId(), info.getThreadName());
            }
        }
        long javaThreads = now.entrySet().stream()
                .mapToLong(e -> e.getValue() - threadStart.getOrDefault(e.getKey(), 0L)).sum();
        // what no live Java thread used: the garbage collector's and the JIT compiler's threads (ThreadMXBean lists neither) and threads that ended
        long other = Math.max(0, process - javaThreads);
        String top = now.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - threadStart.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder())).limit(7)
                .map(e -> String.format("%s %.1f s", names.getOrDefault(e.getKey(), "thread " + e.getKey()), e.getValue() / 1e9))
                .collect(Collectors.joining(", "));
        String line = String.format("cpu %-12s wall %.1f s; process CPU %.1f s (%.0f µs/event, %.2f cores); main thread %.1f s "
                        + "(%.0f µs/event); load average %.1f; top threads: %s; not in live Java threads (GC, JIT, ended) %.1f s",
                phase + ":", wall, process / 1e9, process / 1e3 / Math.max(events, 1), process / 1e9 / wall, main / 1e9,
                main / 1e3 / Math.max(events, 1), OS.getSystemLoadAverage(), top, other / 1e9);
        long[] pauses = pauses();
        line += String.format("; of which collector pauses %d, %.1f s, JIT compiling %.1f s (its threads' time); JVM uptime %.1f-%.1f s",
                pauses[0] - pausesStart[0], (pauses[1] - pausesStart[1]) / 1e3, (compiling() - compilingStart) / 1e3,
                uptimeStart / 1e3, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        if (alsoName == null) {
            return line;
        }
        long also = alsoCpu.getAsLong() - alsoStart;
        return line + String.format("; %s %.1f s; both %.1f s (%.0f µs/event, %.2f cores)", alsoName, also / 1e9,
                (process + also) / 1e9, (process + also) / 1e3 / Math.max(events, 1), (process + also) / 1e9 / wall);
    }

    /** The collectors' pauses so far: how many, and their milliseconds. */
    private static long[] pauses() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The JIT compiler's threads' time so far, in milliseconds. */
    private static long compiling() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** The live threads' CPU, and the last seen of those that ended already (so they count nothing in this phase). */
    private static Map<Long, Long> startCpu() {
        Map<Long, Long> cpu = threadCpu();
        LAST_SEEN.forEach((id, seen) -> cpu.putIfAbsent(id, seen.getValue()));
        return cpu;
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long time = THREADS.getThreadCpuTime(id);
            if (time >= 0) {
                cpu.put(id, time);
            }
        }
        return cpu;
    }
}
