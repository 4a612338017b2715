package org.charter.platform.idempotency;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.charter.platform.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * {@code Idempotency-Key} on every command of a servlet service that has MongoDB. The clock is
 * the application's {@link Clock} bean when it has exactly one (tests move it), else UTC.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(MongoClient.class)
@ConditionalOnBean(MongoClient.class)
@ConditionalOnProperty(prefix = "charter.idempotency", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class CharterIdempotencyAutoConfiguration {

    /** Right after Spring Security's filter chain (-100): the subject is known and refused requests claim nothing. */
    public static final int FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    @ConditionalOnMissingBean
    IdempotencyStore idempotencyStore(MongoClient mongo, IdempotencyProperties properties,
                                      ObjectProvider<MongoDatabase> serviceDatabase,
                                      ObjectProvider<MongoProperties> mongoProperties) {
        return new MongoIdempotencyStore(databaseOf(mongo, properties, serviceDatabase, mongoProperties),
                properties.getRetention());
    }

    /** charter.idempotency.database, else the service's database (the event store's), else Boot's. */
    private static MongoDatabase databaseOf(MongoClient mongo, IdempotencyProperties properties,
                                            ObjectProvider<MongoDatabase> serviceDatabase,
                                            ObjectProvider<MongoProperties> mongoProperties) {
        if (properties.getDatabase() != null) {
            return mongo.getDatabase(properties.getDatabase());
        }
        MongoDatabase database = serviceDatabase.getIfUnique();
        if (database != null) {
            return database;
        }
        return mongo.getDatabase(mongoProperties.getIfAvailable(MongoProperties::new).getMongoClientDatabase());
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentCommands idempotentCommands(IdempotencyStore store, IdempotencyProperties properties,
                                          ObjectProvider<Clock> clock) {
        return new IdempotentCommands(store, clock.getIfUnique(Clock::systemUTC), properties.getRetention(),
                properties.getInProgressTimeout());
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotentCommands commands, IdempotencyProperties properties) {
        return new IdempotencyPurge(commands, properties.getPurgeInterval());
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentCommands commands, ProblemWriter problems) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(commands, problems));
        registration.setName("charterIdempotencyFilter");
        registration.setOrder(FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
