package org.charter.budget.domain;

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
 * The budget domain is also a plain library (classifier {@code domain}), so that another
 * module (the audit service's replay) runs the same rules: it holds the feature packages and
 * nothing of the adapters, the application class or the configuration.
 */
class DomainJarIT {

    @Test
    void the_domain_jar_holds_the_aggregates_and_no_adapter_application_or_configuration() throws IOException {
        List<String> entries = entriesOf(domainJar());

        assertThat(entries).contains("org/charter/budget/proposal/BudgetYear.class",
                "org/charter/budget/proposal/BudgetYears.class",
                "org/charter/budget/line/Lines.class",
                "org/charter/budget/fee/FeeSchedule.class",
                "org/charter/budget/continuing/ContinuingBudget.class",
                "org/charter/budget/member/MemberRecord.class");
        assertThat(entries).noneMatch(entry -> entry.contains("/adapter/"));
        assertThat(entries).doesNotContain("org/charter/budget/BudgetApplication.class",
                "org/charter/budget/SecretariesAndAdmins.class", "budget.yml");
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
