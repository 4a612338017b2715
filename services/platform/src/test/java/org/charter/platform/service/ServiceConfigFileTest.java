package org.charter.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class ServiceConfigFileTest {

    @CharterService("configsample")
    @SpringBootConfiguration
    static class SampleService {
    }

    @SpringBootConfiguration
    static class PlainApplication {
    }

    @Test
    void a_charter_service_reads_its_own_configuration_file() {
        try (ConfigurableApplicationContext context = start(new SpringApplicationBuilder(SampleService.class))) {
            assertThat(context.getEnvironment().getProperty("charter.sample.greeting")).isEqualTo("from configsample.yml");
            assertThat(context.getEnvironment().getProperty("spring.config.name")).isEqualTo("configsample");
        }
    }

    @Test
    void a_configuration_name_given_explicitly_wins() {
        try (ConfigurableApplicationContext context = start(new SpringApplicationBuilder(SampleService.class)
                .properties("spring.config.name=elsewhere"))) {
            assertThat(context.getEnvironment().getProperty("charter.sample.greeting")).isNull();
        }
    }

    @Test
    void an_application_without_the_annotation_keeps_spring_boots_default() {
        try (ConfigurableApplicationContext context = start(new SpringApplicationBuilder(PlainApplication.class))) {
            assertThat(context.getEnvironment().getProperty("spring.config.name")).isNull();
            assertThat(context.getEnvironment().getProperty("charter.sample.greeting")).isNull();
        }
    }

    private static ConfigurableApplicationContext start(SpringApplicationBuilder builder) {
        return builder.web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").run();
    }
}
