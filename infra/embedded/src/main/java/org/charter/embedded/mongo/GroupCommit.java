package org.charter.embedded.mongo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Makes every command durable before its answer leaves, committing in groups under load.
 * <p>
 * Commands run concurrently (shared side of a read/write lock). When one finishes it takes a
 * ticket and waits until a commit that started after it has completed: a single committer at a
 * time takes the exclusive side (so a commit never captures half of a command), records how many
 * commands had finished, commits once, and so releases every command finished before it. While it
 * writes, the next commands queue up and the next commit covers all of them.
 */
final class GroupCommit {

    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final Object committer = new Object();
    private final AtomicLong finished = new AtomicLong();
    private final BooleanSupplier hasUncommittedChanges;
    private final Runnable commit;
    private final AtomicLong commits = new AtomicLong();
    private long durableUpTo;

    GroupCommit(BooleanSupplier hasUncommittedChanges, Runnable commit) {
        this.hasUncommittedChanges = hasUncommittedChanges;
        this.commit = commit;
    }

    /**
     * Runs {@code command}; when it may have changed data, returns (or throws) only after a commit
     * has made its effects durable. A failed commit surfaces as the command's failure.
     */
    <T> T run(Supplier<T> command, boolean mayWrite) {
        T answer;
        long ticket;
        gate.readLock().lock();
        try {
            answer = command.get();
        } finally {
            ticket = finished.incrementAndGet();
            gate.readLock().unlock();
            if (mayWrite) {
                // also when the command failed: a partial effect (e.g. half an unordered insertMany)
                // must be durable before the client hears about it
                awaitDurable(ticket);
            }
        }
        return answer;
    }

    /** Runs {@code action} while no command is executing (housekeeping, close). */
    void exclusively(Runnable action) {
        synchronized (committer) {
            gate.writeLock().lock();
            try {
                action.run();
            } finally {
                gate.writeLock().unlock();
            }
        }
    }

    long commits() {
        return commits.get();
    }

    private void awaitDurable(long ticket) {
        if (!hasUncommittedChanges.getAsBoolean()) {
            return; // whatever this command changed has been committed already
        }
        synchronized (committer) {
            if (durableUpTo >= ticket) {
                return; // a commit that started after this command finished has completed
            }
            gate.writeLock().lock();
            try {
                long upTo = finished.get();
                if (hasUncommittedChanges.getAsBoolean()) {
                    commit.run();
                    commits.incrementAndGet();
                }
                durableUpTo = upTo;
            } finally {
                gate.writeLock().unlock();
            }
        }
    }
}
