package org.charter.platform.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.charter.platform.test.CharterArchitecture;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they are for, on fixtures that keep and break them on purpose. */
class CharterArchitectureTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.charter.archfixture");

    @Test
    void a_domain_class_importing_the_mongodb_event_store_is_caught() {
        EvaluationResult result = CharterArchitecture.domainUsesOnlyThePlatformApi("org.charter.archfixture.bad")
                .evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("MongoEventStore"));
    }

    @Test
    void a_spring_component_in_a_feature_root_is_caught() {
        EvaluationResult result = CharterArchitecture.domainIsPlainJava("org.charter.archfixture.bad").evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("BallotClock"));
    }

    @Test
    void a_domain_class_that_knows_an_adapter_is_caught() {
        EvaluationResult result = CharterArchitecture.domainKnowsNoAdapter("org.charter.archfixture").evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("BallotView"));
    }

    @Test
    void a_domain_on_the_platform_api_with_spring_only_in_adapters_passes_every_rule() {
        String good = "org.charter.archfixture.good";

        assertThat(CharterArchitecture.domainIsPlainJava(good).evaluate(FIXTURES).hasViolation()).isFalse();
        assertThat(CharterArchitecture.domainUsesOnlyThePlatformApi(good).evaluate(FIXTURES).hasViolation()).isFalse();
        assertThat(CharterArchitecture.domainKnowsNoAdapter(good).evaluate(FIXTURES).hasViolation()).isFalse();
    }

    @Test
    void rules_that_reach_beyond_the_jdk_are_caught() {
        assertThat(CharterArchitecture.onlyTheJdk("org.charter.archfixture.bad..").evaluate(FIXTURES).hasViolation())
                .isTrue();
    }
}
