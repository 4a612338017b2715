package org.charter.membership.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process of this machine has used so far (user + system, from {@code /proc/<pid>/stat}),
 * so a phase can report what each request cost the server in CPU: a figure that, unlike requests
 * per second, hardly changes when other work shares the cores.
 */
final class ProcessCpu {

    /** Linux reports these times in clock ticks of 1/100 s on every common architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path stat;

    ProcessCpu(long pid) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
    }

    /** Seconds of CPU used since the process started. */
    double seconds() {
        try {
            String line = Files.readString(stat);
            // the command name, in parentheses, may hold spaces: count fields after its closing one
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long userTicks = Long.parseLong(fields[11]);
            long systemTicks = Long.parseLong(fields[12]);
            return (userTicks + systemTicks) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the CPU time of the server from " + stat, e);
        }
    }
}
