package org.charter.devstack.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;

/** Stands in for a Charter service in ServiceLauncherIT (no MongoDB runs behind its URI there). */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
public class SampleServiceApplication {

    /**
     * Its own Reactor Netty event loops and connection pool, servlet or reactive: with the global
     * ones (Boot's default), closing this sample disposes them under every other context of the
     * JVM, such as the gateway of the devstack that other ITs of this module share.
     */
    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        ReactorResourceFactory resources = new ReactorResourceFactory();
        resources.setUseGlobalResources(false);
        return resources;
    }
}
