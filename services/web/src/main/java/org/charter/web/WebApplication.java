package org.charter.web;

import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Charter's web app: server-rendered pages that call the services' public APIs through the
 * gateway, like any other client, with the token of the person signed in (held in the session).
 *
 * <p>Of the platform it takes {@link CharterService} (its own {@code web.yml} on the devstack's
 * shared classpath) and the correlation ids; it leaves out what belongs to an event-sourced API:
 * the event store, MongoDB, Kafka, idempotency, the stateless bearer-token security and the
 * problem+json error pages (a browser gets HTML pages, a session and CSRF tokens instead).
 */
@CharterService("web")
@SpringBootApplication(excludeName = {
        "org.charter.platform.security.CharterSecurityAutoConfiguration",
        "org.charter.platform.security.CharterJwtDecoderAutoConfiguration",
        "org.charter.platform.problem.CharterProblemAutoConfiguration",
        "org.charter.platform.web.CharterWebAutoConfiguration",
        "org.charter.platform.idempotency.CharterIdempotencyAutoConfiguration",
        "org.charter.platform.observability.CharterObservabilityAutoConfiguration",
        "org.charter.platform.observability.CharterHealthAutoConfiguration",
        "org.charter.platform.autoconfigure.CharterEventsAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.mongo.MongoRepositoriesAutoConfiguration",
        "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
