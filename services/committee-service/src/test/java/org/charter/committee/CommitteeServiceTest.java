package org.charter.committee;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.test.TrustTestTokens;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The committee service as its integration tests run it: real HTTP on a random port, the JVM's
 * in-process Kafka broker and MongoDB wire-protocol server, signed test tokens. Every IT uses this
 * one annotation, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithCharterInfrastructure
@TrustTestTokens
@SpringBootTest(classes = CommitteeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=committee-it",
                // polls move on quickly in tests: the scheduler looks every 200 ms, a closed poll is counted 200 ms later
                "charter.committee.polls.tick=200ms", "charter.committee.polls.settle=200ms",
                // a record the vote path read is not forgotten by age: only the roll's own change may refresh it
                "charter.committee.votes.member-records-ttl=1h"})
public @interface CommitteeServiceTest {
}
