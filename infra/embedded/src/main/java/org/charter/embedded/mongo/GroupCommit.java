package org.charter.embedded.mongo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Answers a command only once everything it wrote, and everything it read, is on the disk;
 * commands that finish together share one commit and one force (group commit).
 * <p>
 * Commands run concurrently (shared side of a read/write lock) on the live store, where they see
 * each other's changes at once. So a command's answer waits for the durable point to pass every
 * write that had begun when the command finished: a write cannot be answered before it is forced,
 * and a read cannot hand out a change that a power loss could still take back. A read with no
 * write in flight is answered at once.
 * <p>
 * One committer at a time takes the exclusive side (so no command is half applied), notes how many
 * writes have begun (all of them have finished, since it holds the lock), commits and forces the
 * store, and so moves the durable point past every one of them. While it forces, the next commands
 * queue up, and the next force covers all of them.
 * <p>
 * If a commit or a force fails, what the live store holds can no longer be proven to be on the disk:
 * this and every later command fails, until the server is restarted on what the disk kept.
 */
final class GroupCommit {

    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final Object committer = new Object();
    private final AtomicLong writesBegun = new AtomicLong();
    private final AtomicLong forces = new AtomicLong();
    private final Runnable commitAndForce;
    private volatile long writesDurable;
    private volatile RuntimeException breakage;

    /** {@code commitAndForce} commits the store and returns once the commit is on the disk. */
    GroupCommit(Runnable commitAndForce) {
        this.commitAndForce = commitAndForce;
    }

    /**
     * Runs {@code command}, then returns (or throws) only once the durable point has passed every
     * write that had begun when it finished, its own included. A failed command waits too: a partial
     * effect (e.g. half of an unordered insertMany) must be durable before the client hears of it.
     */
    <T> T run(Supplier<T> command, boolean mayWrite) {
        refuseIfBroken();
        long mustBeDurable;
        T answer;
        gate.readLock().lock();
        try {
            if (mayWrite) {
                writesBegun.incrementAndGet();
            }
            answer = command.get();
        } finally {
            mustBeDurable = writesBegun.get();
            gate.readLock().unlock();
            awaitDurable(mustBeDurable);
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

    /** Number of commands that may have written so far (housekeeping rests when it stops growing). */
    long writes() {
        return writesBegun.get();
    }

    /** Number of commit-and-force rounds so far (several commands share one under load). */
    long forces() {
        return forces.get();
    }

    private void awaitDurable(long writes) {
        if (writesDurable >= writes) {
            return;
        }
        synchronized (committer) {
            refuseIfBroken();
            if (writesDurable >= writes) {
                return; // another committer's force covered these writes while this one waited
            }
            gate.writeLock().lock();
            try {
                long upTo = writesBegun.get();
                commitAndForce.run();
                forces.incrementAndGet();
                writesDurable = upTo;
            } catch (RuntimeException e) {
                breakage = e;
                throw e;
            } finally {
                gate.writeLock().unlock();
            }
        }
    }

    private void refuseIfBroken() {
        RuntimeException cause = breakage;
        if (cause != null) {
            throw new IllegalStateException(
                    "the MongoDB store could not be committed to disk; restart the server on what the disk kept", cause);
        }
    }
}
