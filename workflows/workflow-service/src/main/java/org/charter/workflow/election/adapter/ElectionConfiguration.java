package org.charter.workflow.election.adapter;

import org.charter.workflow.call.adapter.ServiceCallProperties;
import org.charter.workflow.call.adapter.ServiceCalls;
import org.charter.workflow.election.Election;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ElectionConfiguration {

    @Bean
    Election election(ServiceCalls calls, ServiceCallProperties properties) {
        return new ElectionClient(calls.to("election", properties.election()));
    }
}
