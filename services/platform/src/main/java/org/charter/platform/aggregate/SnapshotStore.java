package org.charter.platform.aggregate;

import java.util.Optional;

/**
 * Saved aggregate states, one per stream, so that a long stream loads as a snapshot plus its
 * tail. A cache: a lost or stale snapshot changes load time, never the loaded state.
 */
public interface SnapshotStore {

    /** Keeps no snapshots: every load replays the whole stream. */
    SnapshotStore NONE = new SnapshotStore() {
        @Override
        public <S> Optional<Snapshot<S>> load(String streamId, Class<S> type) {
            return Optional.empty();
        }

        @Override
        public void save(String streamId, long version, Object state) {
        }
    };

    record Snapshot<S>(String streamId, long version, S state) {
    }

    <S> Optional<Snapshot<S>> load(String streamId, Class<S> type);

    /** Saves a state at a version unless a newer one is saved already. */
    void save(String streamId, long version, Object state);
}
