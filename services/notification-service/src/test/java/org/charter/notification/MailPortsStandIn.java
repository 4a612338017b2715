package org.charter.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Gives the service's embedded GreenMail, and its mail sender, the {@link FreeMailPorts} of this test JVM. */
@TestConfiguration(proxyBeanMethods = false)
public class MailPortsStandIn {

    @Bean
    DynamicPropertyRegistrar freeMailPorts() {
        return registry -> {
            registry.add("charter.notification.embedded-mail.smtp-port", () -> FreeMailPorts.SMTP);
            registry.add("charter.notification.embedded-mail.imap-port", () -> FreeMailPorts.IMAP);
            registry.add("spring.mail.port", () -> FreeMailPorts.SMTP);
        };
    }
}
