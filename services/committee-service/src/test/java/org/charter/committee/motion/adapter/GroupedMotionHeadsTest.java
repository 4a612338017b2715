package org.charter.committee.motion.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.platform.eventstore.Commit;
import org.junit.jupiter.api.Test;

class GroupedMotionHeadsTest {

    private static final MotionId FIRST = MotionId.random();
    private static final MotionId SECOND = MotionId.random();

    private static String nextCommit(MotionId id, long version) {
        return Commit.key(Motion.KIND.streamOf(id), version + 1);
    }

    @Test
    void aMotionEndsAtAVersionWhenItsNextCommitIsNotStored() {
        Set<String> stored = Set.of(nextCommit(FIRST, 3));
        GroupedMotionHeads heads = new GroupedMotionHeads(keys -> stored, 2);

        assertThat(heads.endsAt(FIRST, 3)).isFalse();
        assertThat(heads.endsAt(FIRST, 4)).isTrue();
        assertThat(heads.endsAt(SECOND, 3)).isTrue();
    }

    @Test
    void votesWaitingWhileAQueryIsUnderWayAreAnsweredTogetherEachWithItsOwnAnswer() throws Exception {
        CountDownLatch firstQueryAsked = new CountDownLatch(1);
        CompletableFuture<Void> releaseFirstQuery = new CompletableFuture<>();
        List<Collection<String>> queries = new CopyOnWriteArrayList<>();
        Set<String> stored = Set.of(nextCommit(SECOND, 7));
        GroupedMotionHeads heads = new GroupedMotionHeads(keys -> {
            queries.add(List.copyOf(keys));
            if (queries.size() == 1) {
                firstQueryAsked.countDown();
                releaseFirstQuery.join();
            }
            return stored;
        }, 1);
        ExecutorService voters = Executors.newFixedThreadPool(5);
        try {
            Future<Boolean> first = voters.submit(() -> heads.endsAt(FIRST, 1));
            firstQueryAsked.await();
            List<Thread> waiting = new CopyOnWriteArrayList<>();
            List<Future<Boolean>> later = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                MotionId motion = i % 2 == 0 ? FIRST : SECOND;
                later.add(voters.submit(() -> {
                    waiting.add(Thread.currentThread());
                    return heads.endsAt(motion, 7);
                }));
            }
            // every later vote has queued its question and is waiting for the turn
            while (waiting.size() < 4 || waiting.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)) {
                Thread.onSpinWait();
            }
            releaseFirstQuery.complete(null);

            assertThat(first.get()).isTrue();
            assertThat(later.get(0).get()).isTrue();
            assertThat(later.get(1).get()).isFalse();
            assertThat(later.get(2).get()).isTrue();
            assertThat(later.get(3).get()).isFalse();
            assertThat(queries).hasSize(2);
            assertThat(new HashSet<>(queries.get(1))).containsExactlyInAnyOrder(nextCommit(FIRST, 7), nextCommit(SECOND, 7));
        } finally {
            voters.shutdownNow();
        }
    }

    @Test
    void aFailedQueryFailsTheVotesItWasAskedFor() {
        GroupedMotionHeads heads = new GroupedMotionHeads(keys -> {
            throw new IllegalStateException("the store is away");
        }, 2);

        assertThatThrownBy(() -> heads.endsAt(FIRST, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the store is away");
    }
}
