package org.charter.budget.demo.adapter;

import org.charter.budget.demo.BudgetDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/** Loads the demo FY2027 in the background once the service is ready, so it delays nobody's start. */
class DemoLoader implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final BudgetDemo demo;

    DemoLoader(BudgetDemo demo) {
        this.demo = demo;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread thread = new Thread(this::load, "demo-budget");
        thread.setDaemon(true);
        thread.start();
    }

    private void load() {
        try {
            demo.load().ifPresentOrElse(produced -> log.info("demo budget loaded: {}", produced),
                    () -> log.info("demo budget already loaded (collection demo_loads); nothing loaded"));
        } catch (RuntimeException e) {
            log.warn("demo budget could not be loaded", e);
        }
    }
}
