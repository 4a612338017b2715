package org.charter.committee.demo.adapter;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.charter.committee.demo.ExecutiveCommitteeDemo;
import org.charter.committee.demo.GoverningBoardDemo;
import org.charter.committee.demo.GoverningBoardDemo.Voter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Loads the Governing Board demo in the background once the service is ready, so it delays
 * nobody's startup: the Board's members come from membership's topic (in the devstack, while
 * membership loads its own demo at the same time), so it waits until the roll has enough voting
 * members with a delegate and that number has held still for {@link #SETTLED}, at most
 * {@code wait}; then it loads the demo unless it was loaded before, and the Executive Committee's
 * initial roster (its holders' members are on the roll by then) unless it was recorded before.
 */
class DemoLoader implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final Duration SETTLED = Duration.ofSeconds(3);
    private static final Duration LOOK = Duration.ofMillis(500);

    private final GoverningBoardDemo demo;
    private final ExecutiveCommitteeDemo executiveCommittee;
    private final Duration wait;

    DemoLoader(GoverningBoardDemo demo, ExecutiveCommitteeDemo executiveCommittee, Duration wait) {
        this.demo = demo;
        this.executiveCommittee = executiveCommittee;
        this.wait = wait;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread thread = new Thread(this::loadWhenTheBoardIsThere, "demo-governing-board");
        thread.setDaemon(true);
        thread.start();
    }

    private void loadWhenTheBoardIsThere() {
        long began = System.nanoTime();
        List<Voter> board;
        try {
            board = settledBoard();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (board == null) {
            log.warn("demo Governing Board not loaded: the roll did not settle with {} or more voting members with a delegate"
                    + " within {}", GoverningBoardDemo.SMALLEST_BOARD, wait);
            return;
        }
        try {
            demo.load(board).ifPresentOrElse(
                    produced -> log.info("demo Governing Board loaded in {} ms: {}", (System.nanoTime() - began) / 1_000_000,
                            produced),
                    () -> log.info("demo Governing Board already loaded (collection demo_loads); nothing loaded"));
        } catch (RuntimeException e) {
            log.warn("demo Governing Board could not be loaded", e);
        }
        loadTheExecutiveCommittee();
    }

    private void loadTheExecutiveCommittee() {
        try {
            executiveCommittee.load().ifPresentOrElse(
                    seats -> log.info("demo Executive Committee roster recorded: {}", seats),
                    () -> log.info("demo Executive Committee roster already recorded (collection demo_loads); nothing recorded"));
        } catch (RuntimeException e) {
            log.warn("demo Executive Committee roster could not be recorded", e);
        }
    }

    private List<Voter> settledBoard() throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Voter> last = null;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            List<Voter> board = demo.board();
            if (!Objects.equals(board, last)) {
                last = board;
                stableSince = System.nanoTime();
            } else if (board.size() >= GoverningBoardDemo.SMALLEST_BOARD
                    && System.nanoTime() - stableSince >= SETTLED.toNanos()) {
                return board;
            }
            Thread.sleep(LOOK.toMillis());
        }
        return null;
    }
}
