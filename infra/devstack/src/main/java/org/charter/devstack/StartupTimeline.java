package org.charter.devstack;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the start-up time goes: each phase with when it began (seconds since the devstack was
 * launched) and how long it took. Phases overlap, since the infrastructure and the services start
 * side by side. When a launcher JVM handed over to this one ({@link ClassDataSharingLauncher}),
 * the clock starts with the launcher.
 */
final class StartupTimeline {

    record Phase(String name, long beganMillis, long tookMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %.1f s (from %.1f s)", name, tookMillis / 1e3, beganMillis / 1e3);
        }
    }

    private final long launchedAt;
    private final List<Phase> phases = new ArrayList<>();

    StartupTimeline() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        this.launchedAt = Long.getLong(ClassDataSharingLauncher.LAUNCHED_AT, jvmStart);
        if (launchedAt < jvmStart) {
            phases.add(new Phase("launcher", 0, jvmStart - launchedAt));
        }
        phases.add(new Phase("jvm", jvmStart - launchedAt, System.currentTimeMillis() - jvmStart));
    }

    /** Marks the start of a phase; the returned {@link Runnable} ends it. */
    Runnable begin(String name) {
        long began = millisSinceLaunch();
        return () -> {
            synchronized (this) {
                phases.add(new Phase(name, began, millisSinceLaunch() - began));
            }
        };
    }

    long millisSinceLaunch() {
        return System.currentTimeMillis() - launchedAt;
    }

    synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    synchronized String summary() {
        return phases.stream().sorted(Comparator.comparingLong(Phase::beganMillis))
                .map(Phase::toString).collect(Collectors.joining(", "));
    }
}
