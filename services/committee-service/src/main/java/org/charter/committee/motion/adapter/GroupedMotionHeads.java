package org.charter.committee.motion.adapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionHeads;
import org.charter.committee.motion.MotionId;
import org.charter.platform.eventstore.Commit;

/**
 * Asks the store about the motions' next commits for every vote waiting at that moment in one
 * query on the commits' unique keys ({@code _id $in}), the way the event store groups its commits
 * (ADR 0009): under load the votes' per-request lookup was a third of a vote's own work in the
 * profile (ADR 0060). A vote's question is queued before the query that answers it is sent, so the
 * answer is the store as it is after the vote arrived, as with a lookup of its own; a vote alone is
 * asked at once, no timer, no added latency.
 */
final class GroupedMotionHeads implements MotionHeads {

    /** The most questions one query carries (the store slices the keys further). */
    private static final int MAX_GROUP = 500;

    private final Function<Collection<String>, Set<String>> existingKeys;
    private final Semaphore turns;
    private final Queue<Question> queue = new ConcurrentLinkedQueue<>();

    /**
     * @param existingKeys which of these commit keys are stored
     * @param turns        how many queries may be under way at once (two: one stalled query must not stop every vote)
     */
    GroupedMotionHeads(Function<Collection<String>, Set<String>> existingKeys, int turns) {
        if (turns < 1) {
            throw new IllegalArgumentException("turns must be positive: " + turns);
        }
        this.existingKeys = existingKeys;
        this.turns = new Semaphore(turns);
    }

    @Override
    public boolean endsAt(MotionId id, long version) {
        Question mine = new Question(Commit.key(Motion.KIND.streamOf(id), version + 1));
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.isAnswered()) {
            boolean asked = false;
            if (turns.tryAcquire()) {
                try {
                    if (!mine.isAnswered()) {
                        List<Question> group = takeGroup();
                        asked = !group.isEmpty();
                        ask(group);
                    }
                } finally {
                    turns.release();
                    Question next = queue.peek();
                    if (next != null) {
                        LockSupport.unpark(next.owner);
                    }
                }
            }
            if (!asked && !mine.isAnswered()) {
                // no turn, or mine is in another turn's query: sleep until answered or woken for the next turn,
                // never spin on a free turn while that query is under way
                LockSupport.park(this);
                interrupted |= Thread.interrupted(); // the answer must still be waited for
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return !mine.nextCommitStored;
    }

    private List<Question> takeGroup() {
        List<Question> group = new ArrayList<>();
        for (Question q = queue.poll(); q != null; q = group.size() < MAX_GROUP ? queue.poll() : null) {
            group.add(q);
        }
        return group;
    }

    private void ask(List<Question> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            Set<String> stored = existingKeys.apply(group.stream().map(q -> q.nextCommitKey).distinct().toList());
            group.forEach(q -> q.answer(stored.contains(q.nextCommitKey), null));
        } catch (RuntimeException e) {
            group.forEach(q -> q.answer(false, e));
        } finally {
            // an Error on the way must not leave votes waiting for ever
            group.stream().filter(q -> !q.isAnswered()).forEach(q -> q.answer(false,
                    new IllegalStateException("looking up commit " + q.nextCommitKey + " was interrupted by an error")));
        }
    }

    private static final class Question {
        final String nextCommitKey;
        final Thread owner = Thread.currentThread();
        private boolean nextCommitStored;
        private RuntimeException failure;
        private volatile boolean answered;

        Question(String nextCommitKey) {
            this.nextCommitKey = nextCommitKey;
        }

        void answer(boolean stored, RuntimeException cause) {
            nextCommitStored = stored;
            failure = cause;
            answered = true; // published after the fields it guards
            LockSupport.unpark(owner);
        }

        boolean isAnswered() {
            return answered;
        }
    }
}
