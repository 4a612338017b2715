package org.charter.workflow.process.adapter;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One start at a time per process and business key, so two concurrent starts of the same election
 * (or motion, or proposal) give one process: the second waits, then finds the first running.
 * Striped (a fixed number of locks, keys sharing one only wait for each other) so nothing grows
 * with the keys; within this service's JVM, which is the one engine that starts processes.
 */
final class StartLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    StartLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    <T> T underLock(String process, String businessKey, Supplier<T> start) {
        ReentrantLock lock = locks[Math.floorMod((process + '\u0000' + businessKey).hashCode(), STRIPES)];
        lock.lock();
        try {
            return start.get();
        } finally {
            lock.unlock();
        }
    }
}
