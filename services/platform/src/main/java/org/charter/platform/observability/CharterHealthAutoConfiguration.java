package org.charter.platform.observability;

import com.mongodb.client.MongoClient;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The {@code mongo} health component, so {@code /actuator/health} is UP only when the store answers. */
@AutoConfiguration(after = MongoAutoConfiguration.class,
        afterName = "org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({MongoClient.class, org.springframework.boot.actuate.health.HealthIndicator.class})
@ConditionalOnBean(MongoClient.class)
@ConditionalOnEnabledHealthIndicator("mongo")
public class CharterHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = {"mongoHealthIndicator", "mongoHealthContributor"})
    MongoHealthIndicator mongoHealthIndicator(MongoClient mongo) {
        return new MongoHealthIndicator(mongo);
    }
}
