package org.charter.workflow.budget.adapter;

import org.charter.workflow.budget.Budget;
import org.charter.workflow.call.adapter.ServiceCallProperties;
import org.charter.workflow.call.adapter.ServiceCalls;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BudgetConfiguration {

    @Bean
    Budget budget(ServiceCalls calls, ServiceCallProperties properties) {
        return new BudgetClient(calls.to("budget", properties.budget()));
    }
}
