package org.charter.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The notification domain is also a plain library (classifier {@code domain}), so that another
 * module (the audit service, a replay) runs the same rules: it holds the feature packages and
 * nothing of the adapters, the application class or the configuration.
 */
class DomainJarIT {

    @Test
    void the_domain_jar_holds_the_rules_and_no_adapter_application_or_configuration() throws IOException {
        List<String> entries = entriesOf(domainJar());

        assertThat(entries).contains("org/charter/notification/notice/Noticing.class",
                "org/charter/notification/email/MailingNotices.class",
                "org/charter/notification/webhook/DispatchingWebhooks.class",
                "org/charter/notification/webhook/WebhookSignature.class",
                "org/charter/notification/roll/Appointments.class");
        assertThat(entries).noneMatch(entry -> entry.contains("/adapter/"));
        assertThat(entries).doesNotContain("org/charter/notification/NotificationApplication.class", "notification.yml");
    }

    private static Path domainJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "*-domain.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new AssertionError("no *-domain.jar in target: the package phase builds it before integration tests");
    }

    private static List<String> entriesOf(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(JarEntry::getName).forEach(names::add);
        }
        return names;
    }
}
