package org.charter.workflow.engine.adapter;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.charter.platform.problem.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /** The history level {@value WhoDidWhatHistory#NAME} (ADR 0071), named by {@code camunda.bpm.history-level}. */
    @Bean
    static WhoDidWhatHistoryPlugin whoDidWhatHistoryPlugin() {
        return new WhoDidWhatHistoryPlugin();
    }

    /** On H2, the indexes by which the engine finds what belongs to one instance, and the due jobs (ADR 0078). */
    @Bean
    static LookupIndexesOnH2 lookupIndexesOnH2() {
        return new LookupIndexesOnH2();
    }

    @Bean
    Clock engineClock() {
        return new EngineClock();
    }

    /** After Spring Security (which authenticated the bearer token), before Jersey. */
    @Bean
    FilterRegistrationBean<EngineRestAccess> engineRestAccess(IdentityService identities, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new EngineRestAccess(identities, problems));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(EngineRestAccess.ORDER);
        return registration;
    }
}
