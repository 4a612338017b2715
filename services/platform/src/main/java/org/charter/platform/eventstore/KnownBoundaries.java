package org.charter.platform.eventstore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The latest commit boundary this process has seen per stream (a version at which a commit
 * ends), so an append at that version skips the read that checks it. Commits are never changed
 * or removed, so a boundary once seen stays true; the cache only forgets, never lies.
 */
final class KnownBoundaries {

    private final Cache<String, Long> latest;

    KnownBoundaries(long streams) {
        this.latest = Caffeine.newBuilder().maximumSize(streams).build();
    }

    boolean isBoundary(String streamId, long version) {
        Long known = latest.getIfPresent(streamId);
        return known != null && known == version;
    }

    void remember(String streamId, long version) {
        Long known = latest.getIfPresent(streamId);
        if (version > EventStore.NO_STREAM && (known == null || known < version)) {
            // a race may keep the lower of two: that costs one read later, never a wrong answer
            latest.put(streamId, version);
        }
    }
}
