package org.charter.election.demo.adapter;

import java.time.Duration;
import org.charter.election.demo.ElectionDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Loads the demo election in the background once the service is ready and membership's demo
 * consortium has reached the election's roll (it follows membership's events), so it delays
 * nobody's start.
 */
class DemoLoader implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    /** How long to wait for the demo consortium on the roll before giving up. */
    static final Duration ROLL_PATIENCE = Duration.ofMinutes(10);

    private final ElectionDemo demo;

    DemoLoader(ElectionDemo demo) {
        this.demo = demo;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread thread = new Thread(this::load, "demo-election");
        thread.setDaemon(true);
        thread.start();
    }

    private void load() {
        try {
            long deadline = System.nanoTime() + ROLL_PATIENCE.toNanos();
            while (!demo.rollReady()) {
                if (System.nanoTime() > deadline) {
                    log.warn("demo election not loaded: the demo consortium's members did not reach the roll within {}",
                            ROLL_PATIENCE);
                    return;
                }
                Thread.sleep(1000);
            }
            demo.load().ifPresentOrElse(produced -> log.info("demo election loaded: {}", produced),
                    () -> log.info("demo election already loaded (collection demo_loads); nothing loaded"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("demo election could not be loaded", e);
        }
    }
}
