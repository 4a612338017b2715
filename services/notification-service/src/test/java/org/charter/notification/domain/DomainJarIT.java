package org.charter.notification.domain;

import org.charter.platform.test.DomainJar;
import org.junit.jupiter.api.Test;

/**
 * The notification domain is also a plain library (classifier {@code domain}), so that another
 * module (the audit service, a replay) runs the same rules: it holds the feature packages and
 * nothing of the adapters, the application class or the configuration.
 */
class DomainJarIT {

    @Test
    void the_domain_jar_holds_the_domain_and_loads_without_spring() {
        DomainJar.check("org.charter.notification",
                "notice/Noticing", "email/MailingNotices", "webhook/DispatchingWebhooks", "webhook/WebhookSignature",
                "roll/Appointments");
    }
}
