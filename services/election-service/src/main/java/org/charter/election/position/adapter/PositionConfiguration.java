package org.charter.election.position.adapter;

import org.charter.election.position.Positions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElectionSettings.class)
class PositionConfiguration {

    @Bean
    Positions positions(ElectionSettings settings) {
        return settings.positions();
    }
}
