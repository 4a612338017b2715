package org.charter.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeatedWorkTest {

    @Test
    void repeats_its_rounds_on_a_thread_of_its_own_and_goes_on_after_a_failed_one() throws InterruptedException {
        CountDownLatch threeRounds = new CountDownLatch(3);
        AtomicInteger rounds = new AtomicInteger();
        StringBuilder thread = new StringBuilder();
        RepeatedWork work = new RepeatedWork("test-work", Duration.ofMillis(10)) {
            @Override
            protected void round() {
                if (rounds.incrementAndGet() == 1) {
                    thread.append(Thread.currentThread().getName());
                    throw new IllegalStateException("the first round fails");
                }
                threeRounds.countDown();
            }
        };

        work.start();
        try {
            assertThat(threeRounds.await(30, TimeUnit.SECONDS)).as("three rounds after the failed one").isTrue();
            assertThat(work.isRunning()).isTrue();
        } finally {
            work.stop();
        }

        assertThat(thread.toString()).isEqualTo("charter-test-work");
        assertThat(work.isRunning()).isFalse();
    }

    @Test
    void refuses_a_delay_that_is_not_positive() {
        assertThatThrownBy(() -> new RepeatedWork("never", Duration.ZERO) {
            @Override
            protected void round() {
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never");
    }
}
