package org.charter.budget.demo.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.budget.demo.BudgetDemo;
import org.charter.budget.demo.DemoLoads;
import org.charter.budget.proposal.ProposingBudgets;
import org.charter.budget.proposal.ReviewingProposals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    DemoLoads budgetDemoLoads(MongoDatabase database) {
        return new MongoDemoLoads(database);
    }

    @Bean
    BudgetDemo budgetDemo(DemoLoads loads, ProposingBudgets proposing, ReviewingProposals reviewing, Clock clock) {
        return new BudgetDemo(loads, proposing, reviewing, clock);
    }

    /**
     * Only where {@code charter.demo.enabled=true} (the devstack): loads FY2027 in review in the
     * background once the service is ready, so it delays nobody's start, and only once.
     */
    @Bean
    @ConditionalOnProperty(name = "charter.demo.enabled", havingValue = "true")
    ApplicationListener<ApplicationReadyEvent> budgetDemoLoader(BudgetDemo demo) {
        return ready -> {
            Thread thread = new Thread(() -> {
                try {
                    demo.load().ifPresentOrElse(produced -> log.info("demo budget loaded: {}", produced),
                            () -> log.info("demo budget already loaded (collection demo_loads); nothing loaded"));
                } catch (RuntimeException e) {
                    log.warn("demo budget could not be loaded", e);
                }
            }, "demo-budget");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
