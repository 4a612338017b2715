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

    /** A pretend store: what commands write is live at once, and on the disk after a commit and force. */
    private final Set<Integer> live = ConcurrentHashMap.newKeySet();
    private final Set<Integer> durable = ConcurrentHashMap.newKeySet();
    private final AtomicInteger commits = new AtomicInteger();

    private GroupCommit groupCommit(long commitMillis) {
        return new GroupCommit(() -> {
            sleep(commitMillis);
            durable.addAll(live);
            commits.incrementAndGet();
        });
    }

    @Test
    void a_write_is_answered_only_after_a_commit_made_it_durable() {
        GroupCommit groupCommit = groupCommit(0);

        int answer = groupCommit.run(() -> {
            live.add(1);
            return 1;
        }, true);

        assertThat(durable).contains(answer);
        assertThat(commits).hasValue(1);
    }

    @Test
    void a_read_with_no_write_in_flight_is_answered_without_a_commit() {
        GroupCommit groupCommit = groupCommit(0);
        groupCommit.run(() -> live.add(1), true);

        groupCommit.run(() -> "found", false);

        assertThat(commits).hasValue(1);
    }

    @Test
    void a_read_that_saw_a_write_in_flight_is_answered_only_once_that_write_is_durable() throws Exception {
        GroupCommit groupCommit = groupCommit(50);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Integer> write = writer.submit(() -> groupCommit.run(() -> {
            live.add(1);
            written.countDown();
            awaitQuietly(read); // still writing while the read runs and finishes
            return 1;
        }, true));
        awaitQuietly(written);

        Set<Integer> seen = groupCommit.run(() -> {
            Set<Integer> snapshot = Set.copyOf(live);
            read.countDown();
            return snapshot;
        }, false);

        assertThat(seen).contains(1);
        assertThat(durable).as("on the disk when the read was answered").containsAll(seen);
        assertThat(write.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        writer.shutdown();
    }

    @Test
    void a_failed_commit_fails_the_command_and_every_later_one() {
        GroupCommit groupCommit = new GroupCommit(() -> {
            throw new IllegalStateException("disk gone");
        });

        assertThatThrownBy(() -> groupCommit.run(() -> live.add(1), true)).hasMessage("disk gone");

        assertThatThrownBy(() -> groupCommit.run(() -> "found", false))
                .hasMessageContaining("restart the server").hasRootCauseMessage("disk gone");
    }

    @Test
    void a_failed_write_is_still_made_durable_before_the_failure_is_reported() {
        GroupCommit groupCommit = groupCommit(0);

        assertThatThrownBy(() -> groupCommit.run(() -> {
            live.add(7); // half of a batch went in before the error
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
                    live.add(id);
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
