package org.charter.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.test.TrustTestTokens;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit service as its integration tests run it: real HTTP on a random port, the JVM's
 * in-process Kafka broker and MongoDB wire-protocol server, signed test tokens, a checkpoint every
 * four entries, a re-tally every second. Every IT uses this one annotation, so they share one
 * Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithCharterInfrastructure
@TrustTestTokens
@SpringBootTest(classes = AuditApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=audit-it",
                "charter.audit.checkpoint-every=4", "charter.audit.retally-every=1s"})
public @interface AuditServiceTest {
}
