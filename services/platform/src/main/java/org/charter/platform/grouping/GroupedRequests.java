package org.charter.platform.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Answers the requests of concurrent callers in groups (write combining, as databases group their
 * commits): a caller queues its request and, when a turn is free, takes every request queued at
 * that moment and answers them all with one call; while a group is answered the next one gathers.
 * A caller alone is answered at once: no timer, no added latency. A request is queued before the
 * group that answers it is taken, so its answer is never older than the request.
 *
 * <p>mongo-java-server pays a fixed price per request that dwarfs the price per document, which is
 * why the event store's commits (ADR 0009) and the votes' look-ups of their motion (ADR 0060) go
 * through here.
 *
 * @param <Q> a request
 * @param <A> its answer
 */
public final class GroupedRequests<Q, A> {

    private final Function<List<Q>, List<A>> answerGroup;
    private final Semaphore turns;
    private final int maxGroup;
    private final Queue<Pending<Q, A>> queue = new ConcurrentLinkedQueue<>();

    /**
     * @param answerGroup answers a group's requests, one answer per request in their order; what it
     *                    throws is every request's failure
     * @param turns       how many groups may be answered at the same time (two: one stalled call
     *                    must not stop every caller)
     * @param maxGroup    the most requests one group takes
     */
    public GroupedRequests(Function<List<Q>, List<A>> answerGroup, int turns, int maxGroup) {
        if (turns < 1 || maxGroup < 1) {
            throw new IllegalArgumentException("turns and group size must be positive: " + turns + ", " + maxGroup);
        }
        this.answerGroup = answerGroup;
        this.turns = new Semaphore(turns);
        this.maxGroup = maxGroup;
    }

    /** Answers the request, alone or with others queued meanwhile; throws what answering its group threw. */
    public A answer(Q request) {
        Pending<Q, A> mine = new Pending<>(request);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.isSettled()) {
            boolean answered = false;
            if (turns.tryAcquire()) {
                try {
                    if (!mine.isSettled()) {
                        List<Pending<Q, A>> group = takeGroup();
                        if (!group.isEmpty()) {
                            answer(group);
                            answered = true;
                        }
                    }
                } finally {
                    turns.release();
                    // a finished turn wakes the owner of the next queued request to take it, so waiting
                    // callers sleep on their own request, never in a line for a turn
                    Pending<Q, A> next = queue.peek();
                    if (next != null) {
                        LockSupport.unpark(next.owner);
                    }
                }
            }
            if (!answered && !mine.isSettled()) {
                // no turn free, or mine is in another turn's group: sleep until it is answered or this
                // owner is woken for the next turn, never spin on a free turn while that group is under way
                LockSupport.park(this);
                interrupted |= Thread.interrupted(); // the answer must still be waited for and told
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.result();
    }

    private List<Pending<Q, A>> takeGroup() {
        List<Pending<Q, A>> group = new ArrayList<>();
        for (Pending<Q, A> p = queue.poll(); p != null; p = group.size() < maxGroup ? queue.poll() : null) {
            group.add(p);
        }
        return group;
    }

    private void answer(List<Pending<Q, A>> group) {
        try {
            List<A> answers = answerGroup.apply(group.stream().map(p -> p.request).toList());
            if (answers.size() != group.size()) {
                throw new IllegalStateException(answers.size() + " answers for " + group.size() + " requests");
            }
            for (int i = 0; i < group.size(); i++) {
                group.get(i).settle(answers.get(i), null);
            }
        } catch (RuntimeException e) {
            group.forEach(p -> p.settle(null, e));
        } finally {
            // an Error on the way must not leave callers waiting for ever
            group.stream().filter(p -> !p.isSettled()).forEach(p -> p.settle(null,
                    new IllegalStateException("answering " + p.request + " was interrupted by an error")));
        }
    }

    private static final class Pending<Q, A> {
        final Q request;
        final Thread owner = Thread.currentThread();
        private A answer;
        private RuntimeException failure;
        private volatile boolean settled;

        Pending(Q request) {
            this.request = request;
        }

        void settle(A answer, RuntimeException failure) {
            this.answer = answer;
            this.failure = failure;
            settled = true; // published after the fields it guards
            LockSupport.unpark(owner);
        }

        boolean isSettled() {
            return settled;
        }

        A result() {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }
}
