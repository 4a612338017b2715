package org.charter.platform.readmodel;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.aggregate.ReadModel;

/**
 * A read model's writes held back during a bulk load (e.g. the devstack's demo data): it keeps only
 * the newest state of each aggregate in memory, and {@link #writeAll} writes each of them once at
 * the end. A store that forces every write to disk then does one write per aggregate instead of
 * one per command. Readers see the read model without the held-back states until then, so hold
 * writes back only while nobody reads (before the service reports healthy).
 */
public final class HeldBackWrites<A extends EventSourced<?>> implements ReadModel<A> {

    private final DocumentReadModel<A> target;
    private final Function<A, Object> idOf;
    private final Map<Object, A> newest = new ConcurrentHashMap<>();

    HeldBackWrites(DocumentReadModel<A> target, Function<A, Object> idOf) {
        this.target = target;
        this.idOf = idOf;
    }

    @Override
    public String name() {
        return target.name();
    }

    @Override
    public void update(A state) {
        newest.merge(idOf.apply(state), state, (held, later) -> later.version() >= held.version() ? later : held);
    }

    /** Writes the newest state of every aggregate side by side on {@code writers}; returns how many. */
    public int writeAll(Executor writers) {
        CompletableFuture.allOf(newest.values().stream()
                .map(state -> CompletableFuture.runAsync(() -> target.update(state), writers))
                .toArray(CompletableFuture[]::new)).join();
        int written = newest.size();
        newest.clear();
        return written;
    }
}
