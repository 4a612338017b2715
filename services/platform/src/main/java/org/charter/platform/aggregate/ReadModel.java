package org.charter.platform.aggregate;

/**
 * A query view of one kind of aggregate, kept from the aggregate's state: the repository hands
 * it each new state right after the append that produced it, so a client reads its own writes.
 * {@link #update} must ignore a state older than the one it holds (states of one aggregate may
 * arrive out of order when two commands race), which makes it idempotent as well.
 */
public interface ReadModel<A> {

    /** A short stable name, e.g. {@code member-directory}. */
    String name();

    void update(A state);
}
