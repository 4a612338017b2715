package org.charter.notification;

import org.charter.notification.adapter.ContactsServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the service at the test JVM's {@link ContactsServer}, whose port is only known once it started. */
@TestConfiguration(proxyBeanMethods = false)
public class ContactsStandIn {

    @Bean
    DynamicPropertyRegistrar contactsServerAddress() {
        return registry -> registry.add("charter.notification.membership.url",
                () -> "http://127.0.0.1:" + ContactsServer.get().port());
    }
}
