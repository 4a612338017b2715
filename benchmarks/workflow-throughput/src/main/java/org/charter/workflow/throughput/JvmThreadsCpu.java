package org.charter.workflow.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by this JVM's own threads that {@code ThreadMXBean} does not list: the
 * JIT's compiler threads and the collector's threads, read from {@code /proc/self/task} (Linux;
 * zero elsewhere). A thread that has ended is no longer counted, so read it before and after a
 * batch and subtract. Clock ticks of 10 ms, so only batches of seconds give a useful figure.
 */
record JvmThreadsCpu(double compilerSeconds, double collectorSeconds) {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    static JvmThreadsCpu now() {
        double compiler = 0;
        double collector = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                double seconds = cpuSeconds(stat);
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    compiler += seconds;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                    collector += seconds;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return new JvmThreadsCpu(0, 0);
        }
        return new JvmThreadsCpu(compiler, collector);
    }

    /** utime + stime, the 14th and 15th fields; the name (2nd) may hold spaces, so count after its ')'. */
    private static double cpuSeconds(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / TICKS_PER_SECOND;
    }

    JvmThreadsCpu minus(JvmThreadsCpu before) {
        return new JvmThreadsCpu(compilerSeconds - before.compilerSeconds, collectorSeconds - before.collectorSeconds);
    }
}
