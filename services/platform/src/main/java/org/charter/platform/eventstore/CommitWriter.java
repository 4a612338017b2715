package org.charter.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.charter.platform.grouping.GroupedRequests;
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
    private final GroupedRequests<Commit, Outcome> groups;
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
        this.outbox = outbox;
        this.insertCommits = insertCommits;
        this.readCommits = readCommits;
        this.groups = new GroupedRequests<>(this::writeGroup, turns, maxGroup);
        this.groupSizes = DistributionSummary.builder("charter.events.append.group")
                .description("commits written together in one request").register(meters);
    }

    /** Writes the commit, alone or with others queued meanwhile, and says what became of it. */
    Outcome write(Commit commit) {
        return groups.answer(commit);
    }

    private List<Outcome> writeGroup(List<Commit> group) {
        groupSizes.record(group.size());
        Verdicts verdicts = new Verdicts(group);
        try {
            outbox.expect(group);
        } catch (RuntimeException e) {
            group.forEach(c -> verdicts.tell(c, new Outcome.Failed(e))); // nothing was inserted
            return verdicts.inOrder();
        }
        List<Document> documents = new ArrayList<>(group.size());
        try {
            for (Commit c : group) {
                documents.add(CommitDocuments.toDocument(c));
            }
            insertCommits.accept(documents);
            group.forEach(c -> verdicts.tell(c, WRITTEN));
        } catch (MongoBulkWriteException e) {
            Map<Integer, Outcome> refused = new HashMap<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                refused.put(error.getIndex(), error.getCategory() == ErrorCategory.DUPLICATE_KEY
                        ? DUPLICATE : new Outcome.Failed(new IllegalStateException(
                        "the event store refused commit " + group.get(error.getIndex()).key() + ": "
                                + error.getMessage(), e)));
            }
            List<Commit> unsure = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                if (refused.containsKey(i)) {
                    verdicts.tell(group.get(i), refused.get(i));
                } else if (e.getWriteConcernError() == null) {
                    verdicts.tell(group.get(i), WRITTEN);
                } else {
                    unsure.add(group.get(i)); // applied, but not as durably as asked: may be rolled back
                }
            }
            if (!unsure.isEmpty()) {
                readBack(unsure, e, verdicts);
            }
        } catch (RuntimeException e) {
            readBack(group, e, verdicts); // the server may have applied it before the answer was lost
        }
        return verdicts.inOrder();
    }

    /**
     * Learns what a write that failed without a verdict per commit did, from the commits as
     * stored; a commit found written gets its outbox entry again (a relay that saw the first one
     * while the write hung may have given it up), so no written commit goes unpublished.
     */
    private void readBack(List<Commit> unsure, RuntimeException failure, Verdicts verdicts) {
        Map<String, Commit> stored;
        try {
            stored = readCommits.apply(unsure.stream().map(Commit::key).toList());
        } catch (RuntimeException readFailure) {
            failure.addSuppressed(readFailure);
            log.warn("writing {} commits failed ({}) and reading them back failed too ({}): the appends are"
                    + " answered as failed; any that was written is still named by its outbox entry",
                    unsure.size(), failure.toString(), readFailure.toString());
            unsure.forEach(c -> verdicts.tell(c, new Outcome.Failed(failure)));
            return;
        }
        List<Commit> written = new ArrayList<>();
        int taken = 0;
        for (Commit c : unsure) {
            Commit found = stored.get(c.key());
            if (found == null) {
                verdicts.tell(c, new Outcome.Failed(failure));
            } else if (found.events().get(0).id().equals(c.events().get(0).id())) {
                written.add(c);
            } else {
                taken++;
                verdicts.tell(c, DUPLICATE);
            }
        }
        log.warn("writing {} commits failed ambiguously ({}); read back: {} written, {} taken by another append,"
                + " {} not written", unsure.size(), failure.toString(), written.size(), taken,
                unsure.size() - written.size() - taken);
        if (written.isEmpty()) {
            return;
        }
        try {
            outbox.expect(written);
            written.forEach(c -> verdicts.tell(c, WRITTEN));
        } catch (RuntimeException rearmFailure) {
            failure.addSuppressed(rearmFailure);
            written.forEach(c -> verdicts.tell(c, new Outcome.Failed(failure)));
        }
    }

    /** What became of each commit of a group, told in any order, answered in the group's order. */
    private static final class Verdicts {
        private final List<Commit> group;
        private final Map<Commit, Outcome> told = new IdentityHashMap<>();

        Verdicts(List<Commit> group) {
            this.group = group;
        }

        void tell(Commit commit, Outcome outcome) {
            told.put(commit, outcome);
        }

        List<Outcome> inOrder() {
            // a commit no branch spoke for must not leave its append waiting for ever
            return group.stream().map(c -> told.getOrDefault(c, new Outcome.Failed(new IllegalStateException(
                    "no verdict for commit " + c.key())))).toList();
        }
    }
}
