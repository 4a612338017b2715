package org.charter.committee.votes;

import java.util.Arrays;

/** Latencies of one kind of request, in nanoseconds, and the nearest-rank percentiles of them. */
final class LatencyStats {

    private long[] samples = new long[1024];
    private int count;
    private int failures;

    synchronized void record(long nanos, boolean ok) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
        if (!ok) {
            failures++;
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized int failures() {
        return failures;
    }

    /** The slowest sample in milliseconds; 0 when nothing was recorded. */
    synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, samples[i]);
        }
        return max / 1_000_000.0;
    }

    /** Nearest-rank percentile in milliseconds; 0 when nothing was recorded. */
    synchronized double percentileMillis(double percentile) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1_000_000.0;
    }
}
