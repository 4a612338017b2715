package org.charter.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes commits in groups (write combining, as databases group their commits). Concurrent
 * appends queue their commit; a writer that gets the turn takes every queued commit and writes
 * them with two requests: one outbox document naming them all, then the commits in one unordered
 * {@code insertMany}. While a group is written the next one gathers, so N concurrent appends cost
 * a couple of round trips instead of 2N, and an append alone is written at once: no timer, no
 * added latency. The unique {@code _id} still decides each race on its own: a duplicate key in
 * the group is that commit's conflict and no one else's.
 *
 * <p>A write that fails without saying what became of each commit (a socket timeout, a lost
 * connection, a write concern error: the server may have applied it) is checked by reading the
 * commits back: one that is there with this append's events was written (and its outbox entry
 * is written again, since a relay may have given it up meanwhile), one that is there with other
 * events lost a race, and only one that is not there failed.
 *
 * <p>mongo-java-server pays a fixed price per request that dwarfs the price per document (on the
 * 2-core machine about 300 µs against 20 µs), which is why grouping raises the append rate
 * several times over (docs/adr/0009).
 */
final class CommitWriter {

    /** What became of one commit. */
    sealed interface Outcome {
        record Written() implements Outcome {
        }

        /** Another append took this commit's key first: the stream had moved on. */
        record Duplicate() implements Outcome {
        }

        record Failed(RuntimeException cause) implements Outcome {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CommitWriter.class);
    private static final Outcome WRITTEN = new Outcome.Written();
    private static final Outcome DUPLICATE = new Outcome.Duplicate();

    private final Outbox outbox;
    private final Consumer<List<Document>> insertCommits;
    private final Function<Collection<String>, Map<String, Commit>> readCommits;
    private final int maxGroup;
    private final Semaphore turns;
    private final Queue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final DistributionSummary groupSizes;

    /**
     * @param insertCommits writes the commit documents (one unordered insertMany); a duplicate key
     *                      surfaces as a {@link MongoBulkWriteException}
     * @param readCommits   reads commits by key, to learn what an ambiguously failed write did
     * @param turns         how many groups may be written at the same time
     * @param maxGroup      the most commits one group takes
     */
    CommitWriter(Outbox outbox, Consumer<List<Document>> insertCommits,
                 Function<Collection<String>, Map<String, Commit>> readCommits, int turns, int maxGroup,
                 MeterRegistry meters) {
        if (turns < 1 || maxGroup < 1) {
            throw new IllegalArgumentException("turns and group size must be positive: " + turns + ", " + maxGroup);
        }
        this.outbox = outbox;
        this.insertCommits = insertCommits;
        this.readCommits = readCommits;
        this.maxGroup = maxGroup;
        this.turns = new Semaphore(turns);
        this.groupSizes = DistributionSummary.builder("charter.events.append.group")
                .description("commits written together in one request").register(meters);
    }

    /** Writes the commit, alone or with others queued meanwhile, and says what became of it. */
    Outcome write(Commit commit) {
        Queued mine = new Queued(commit);
        queue.add(mine);
        return awaitWritten(mine);
    }

    /**
     * Waits until the commit is written, taking a turn to write a group (its own among them)
     * whenever one is free. A writer that finishes a turn wakes the owner of the next queued
     * commit to take it, so waiting appends sleep on their own commit, never in a line for the
     * turn only to find their commit was written meanwhile.
     */
    private Outcome awaitWritten(Queued mine) {
        boolean interrupted = false;
        while (!mine.isDone()) {
            boolean wrote = false;
            if (turns.tryAcquire()) {
                try {
                    if (!mine.isDone()) {
                        List<Queued> group = takeGroup();
                        if (!group.isEmpty()) {
                            writeGroup(group);
                            wrote = true;
                        }
                    }
                } finally {
                    turns.release();
                    Queued next = queue.peek();
                    if (next != null) {
                        LockSupport.unpark(next.owner);
                    }
                }
            }
            if (!wrote && !mine.isDone()) {
                // no turn free, or the queue empty because another turn took this commit into its
                // group: sleep until that group completes it or a finished turn wakes this owner
                LockSupport.park(this);
                // the commit may be written already: its outcome must be told, so keep waiting
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.outcome;
    }

    private List<Queued> takeGroup() {
        List<Queued> group = new ArrayList<>();
        for (Queued q = queue.poll(); q != null; q = group.size() < maxGroup ? queue.poll() : null) {
            group.add(q);
        }
        return group;
    }

    private void writeGroup(List<Queued> group) {
        groupSizes.record(group.size());
        try {
            outbox.expect(group.stream().map(q -> q.commit).toList());
        } catch (RuntimeException e) {
            group.forEach(q -> q.complete(new Outcome.Failed(e))); // nothing was inserted
            return;
        }
        List<Document> documents = new ArrayList<>(group.size());
        try {
            for (Queued q : group) {
                documents.add(CommitDocuments.toDocument(q.commit));
            }
            insertCommits.accept(documents);
            group.forEach(q -> q.complete(WRITTEN));
        } catch (MongoBulkWriteException e) {
            List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(group.size(), null));
            for (BulkWriteError error : e.getWriteErrors()) {
                outcomes.set(error.getIndex(), error.getCategory() == ErrorCategory.DUPLICATE_KEY
                        ? DUPLICATE : new Outcome.Failed(new IllegalStateException(
                        "the event store refused commit " + group.get(error.getIndex()).commit.key() + ": "
                                + error.getMessage(), e)));
            }
            List<Queued> unsure = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                if (outcomes.get(i) != null) {
                    group.get(i).complete(outcomes.get(i));
                } else if (e.getWriteConcernError() == null) {
                    group.get(i).complete(WRITTEN);
                } else {
                    unsure.add(group.get(i)); // applied, but not as durably as asked: may be rolled back
                }
            }
            if (!unsure.isEmpty()) {
                readBack(unsure, e);
            }
        } catch (RuntimeException e) {
            readBack(group, e); // the server may have applied it before the answer was lost
        } finally {
            // an Error on the way must not leave appends waiting for ever
            group.stream().filter(q -> !q.isDone()).forEach(q -> q.complete(new Outcome.Failed(
                    new IllegalStateException("writing commit " + q.commit.key() + " was interrupted by an error"))));
        }
    }

    /**
     * Learns what a write that failed without a verdict per commit did, from the commits as
     * stored; a commit found written gets its outbox entry again (a relay that saw the first one
     * while the write hung may have given it up), so no written commit goes unpublished.
     */
    private void readBack(List<Queued> unsure, RuntimeException failure) {
        Map<String, Commit> stored;
        try {
            stored = readCommits.apply(unsure.stream().map(q -> q.commit.key()).toList());
        } catch (RuntimeException readFailure) {
            failure.addSuppressed(readFailure);
            log.warn("writing {} commits failed ({}) and reading them back failed too ({}): the appends are"
                    + " answered as failed; any that was written is still named by its outbox entry",
                    unsure.size(), failure.toString(), readFailure.toString());
            unsure.forEach(q -> q.complete(new Outcome.Failed(failure)));
            return;
        }
        List<Queued> written = new ArrayList<>();
        int taken = 0;
        for (Queued q : unsure) {
            Commit found = stored.get(q.commit.key());
            if (found == null) {
                q.complete(new Outcome.Failed(failure));
            } else if (found.events().get(0).id().equals(q.commit.events().get(0).id())) {
                written.add(q);
            } else {
                taken++;
                q.complete(DUPLICATE);
            }
        }
        log.warn("writing {} commits failed ambiguously ({}); read back: {} written, {} taken by another append,"
                + " {} not written", unsure.size(), failure.toString(), written.size(), taken,
                unsure.size() - written.size() - taken);
        if (written.isEmpty()) {
            return;
        }
        try {
            outbox.expect(written.stream().map(q -> q.commit).toList());
            written.forEach(q -> q.complete(WRITTEN));
        } catch (RuntimeException rearmFailure) {
            failure.addSuppressed(rearmFailure);
            written.forEach(q -> q.complete(new Outcome.Failed(failure)));
        }
    }

    private static final class Queued {
        final Commit commit;
        final Thread owner = Thread.currentThread();
        private volatile Outcome outcome;

        Queued(Commit commit) {
            this.commit = commit;
        }

        void complete(Outcome o) {
            outcome = o;
            LockSupport.unpark(owner);
        }

        boolean isDone() {
            return outcome != null;
        }
    }
}
