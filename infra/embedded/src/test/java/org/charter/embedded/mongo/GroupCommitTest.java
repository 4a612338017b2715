package org.charter.embedded.mongo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    /** A pretend store: writes are pending until a commit copies them into the durable set. */
    private final Set<Integer> pending = ConcurrentHashMap.newKeySet();
    private final Set<Integer> durable = ConcurrentHashMap.newKeySet();
    private final AtomicInteger commits = new AtomicInteger();

    private GroupCommit groupCommit(long commitMillis) {
        return new GroupCommit(() -> !pending.isEmpty(), () -> {
            sleep(commitMillis);
            durable.addAll(pending);
            pending.clear();
            commits.incrementAndGet();
        });
    }

    @Test
    void a_write_is_answered_only_after_a_commit_made_it_durable() {
        GroupCommit groupCommit = groupCommit(0);

        int answer = groupCommit.run(() -> {
            pending.add(1);
            return 1;
        }, true);

        assertThat(durable).contains(answer);
        assertThat(commits).hasValue(1);
    }

    @Test
    void a_read_only_command_does_not_commit() {
        GroupCommit groupCommit = groupCommit(0);

        groupCommit.run(() -> "found", false);

        assertThat(commits).hasValue(0);
    }

    @Test
    void a_failed_write_is_still_made_durable_before_the_failure_is_reported() {
        GroupCommit groupCommit = groupCommit(0);

        assertThatThrownBy(() -> groupCommit.run(() -> {
            pending.add(7); // half of a batch went in before the error
            throw new IllegalStateException("duplicate key");
        }, true)).hasMessage("duplicate key");

        assertThat(durable).contains(7);
    }

    @Test
    void concurrent_writes_share_commits_and_each_is_durable_when_answered() throws Exception {
        GroupCommit groupCommit = groupCommit(100);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        // every command is still running when the others finish theirs: the overlap a busy server
        // has, made certain here instead of hoped for from thread scheduling
        CountDownLatch allRunning = new CountDownLatch(writers);
        List<Future<Boolean>> durableWhenAnswered = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int id = i;
            durableWhenAnswered.add(pool.submit(() -> {
                int answered = groupCommit.run(() -> {
                    pending.add(id);
                    allRunning.countDown();
                    awaitQuietly(allRunning);
                    return id;
                }, true);
                return durable.contains(answered);
            }));
        }
        for (Future<Boolean> each : durableWhenAnswered) {
            assertThat(each.get(30, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();

        assertThat(durable).hasSize(writers);
        assertThat(commits.get()).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
