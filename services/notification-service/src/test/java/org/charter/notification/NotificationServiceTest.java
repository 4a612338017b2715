package org.charter.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.notification.adapter.ContactsServer;
import org.charter.platform.test.TrustTestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The notification service as its integration tests run it: real HTTP on a random port, the JVM's
 * in-process Kafka broker and MongoDB wire-protocol server, its own GreenMail (SMTP and IMAP on
 * {@link FreeMailPorts}, {@link MailPortsStandIn} gives the service them), membership's contacts answered by {@link adapter.ContactsServer} on a
 * free port ({@link ContactsStandIn} gives the service its address).
 * Every IT uses this one annotation, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithCharterInfrastructure
@TrustTestTokens
@Import({TestClock.class, ContactsStandIn.class, MailPortsStandIn.class})
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=notification-it",
                "charter.notification.membership.token=" + NotificationServiceTest.SERVICE_TOKEN,
                "charter.notification.webhooks.tick=200ms"})
public @interface NotificationServiceTest {

    /** The contacts stand-in's port: free, picked when the stand-in first starts. */
    int CONTACTS = ContactsServer.get().port();
    String SERVICE_TOKEN = "notification-service-test-token";
}
