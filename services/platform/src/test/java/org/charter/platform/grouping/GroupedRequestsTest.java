package org.charter.platform.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GroupedRequestsTest {

    @Test
    void aRequestAloneIsAnsweredAtOnceByACallOfItsOwn() {
        List<List<Integer>> calls = new ArrayList<>();
        GroupedRequests<Integer, String> squares = new GroupedRequests<>(group -> {
            calls.add(group);
            return group.stream().map(n -> String.valueOf(n * n)).toList();
        }, 2, 10);

        assertThat(squares.answer(3)).isEqualTo("9");
        assertThat(squares.answer(4)).isEqualTo("16");
        assertThat(calls).containsExactly(List.of(3), List.of(4));
    }

    @Test
    void requestsQueuedWhileEveryTurnIsTakenAreAnsweredTogetherEachWithItsOwnAnswer() throws Exception {
        CountDownLatch firstCallMade = new CountDownLatch(1);
        CompletableFuture<Void> releaseFirstCall = new CompletableFuture<>();
        List<List<Integer>> calls = new CopyOnWriteArrayList<>();
        GroupedRequests<Integer, Integer> doubles = new GroupedRequests<>(group -> {
            calls.add(group);
            if (calls.size() == 1) {
                firstCallMade.countDown();
                releaseFirstCall.join();
            }
            return group.stream().map(n -> n * 2).toList();
        }, 1, 3);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            Future<Integer> first = callers.submit(() -> doubles.answer(0));
            firstCallMade.await();
            List<Thread> waiting = new CopyOnWriteArrayList<>();
            List<Future<Integer>> later = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                int request = n;
                later.add(callers.submit(() -> {
                    waiting.add(Thread.currentThread());
                    return doubles.answer(request);
                }));
            }
            while (waiting.size() < 5 || waiting.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)) {
                Thread.onSpinWait();
            }
            releaseFirstCall.complete(null);

            assertThat(first.get()).isZero();
            for (int n = 1; n <= 5; n++) {
                assertThat(later.get(n - 1).get()).isEqualTo(2 * n);
            }
            // five waiting requests, three to a group at most: two more calls, every request in exactly one
            assertThat(calls).hasSize(3);
            assertThat(calls.get(1)).hasSize(3);
            assertThat(calls.stream().flatMap(List::stream)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void whatAGroupsCallThrowsIsEveryRequestsFailure() {
        GroupedRequests<Integer, Integer> failing = new GroupedRequests<>(group -> {
            throw new IllegalStateException("the store is away");
        }, 2, 10);

        assertThatThrownBy(() -> failing.answer(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the store is away");
    }

    @Test
    void aCallThatAnswersTooFewRequestsFailsThemRatherThanGuessing() {
        GroupedRequests<Integer, Integer> none = new GroupedRequests<>(group -> List.of(), 2, 10);

        assertThatThrownBy(() -> none.answer(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("0 answers for 1 requests");
    }

    @Test
    void anErrorInACallStillSettlesItsRequestsSoNoCallerWaitsForEver() throws Exception {
        GroupedRequests<Integer, Integer> broken = new GroupedRequests<>(group -> {
            throw new AssertionError("broken");
        }, 1, 10);

        assertThatThrownBy(() -> broken.answer(7)).isInstanceOf(AssertionError.class);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            // the turn was given back: a later request is answered (here: fails the same way), not left waiting
            Future<Throwable> later = caller.submit(() -> {
                try {
                    broken.answer(8);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            assertThat(later.get()).isInstanceOf(AssertionError.class);
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void turnsAndGroupSizeMustBePositive() {
        assertThatThrownBy(() -> new GroupedRequests<Integer, Integer>(g -> g, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupedRequests<Integer, Integer>(g -> g, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
