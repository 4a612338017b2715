package org.charter.budget.demo.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.charter.platform.mongo.MongoDemoLoads;
import org.charter.budget.demo.BudgetDemo;
import org.charter.platform.demo.DemoLoads;
import org.charter.budget.proposal.ProposingBudgets;
import org.charter.budget.proposal.ReviewingProposals;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

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
     * background once the service is ready, and only once.
     */
    @Bean
    @ConditionalOnProperty(name = "charter.demo.enabled", havingValue = "true")
    DemoLoader budgetDemoLoader(BudgetDemo demo) {
        return new DemoLoader(demo);
    }
}
