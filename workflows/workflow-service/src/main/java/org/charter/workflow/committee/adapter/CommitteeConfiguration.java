package org.charter.workflow.committee.adapter;

import org.charter.workflow.call.adapter.ServiceCallProperties;
import org.charter.workflow.call.adapter.ServiceCalls;
import org.charter.workflow.committee.Committee;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommitteeConfiguration {

    @Bean
    Committee committee(ServiceCalls calls, ServiceCallProperties properties) {
        return new CommitteeClient(calls.to("committee", properties.committee()));
    }
}
