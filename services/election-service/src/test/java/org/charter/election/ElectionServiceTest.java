package org.charter.election;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.test.MovableClock;
import org.charter.platform.test.TrustTestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The election service as its integration tests run it: real HTTP on a random port, the JVM's
 * in-process Kafka broker and MongoDB wire-protocol server, signed test tokens, and one clock the
 * tests move (the service reads time from it only), so a whole cycle runs in seconds. Every IT
 * uses this one annotation, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithCharterInfrastructure
@TrustTestTokens
@Import(ElectionServiceTest.MovableClockConfiguration.class)
@SpringBootTest(classes = ElectionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=election-it",
                // contests move on quickly in tests: the clock looks every 200 ms
                "charter.election.tick=200ms"})
public @interface ElectionServiceTest {

    /** The service's clock, standing still until a test moves it; it starts at the real now. */
    MovableClock CLOCK = new MovableClock(Instant.now());

    @TestConfiguration(proxyBeanMethods = false)
    class MovableClockConfiguration {
        @Bean
        Clock charterClock() {
            return CLOCK;
        }
    }
}
