package org.charter.platform.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.charter.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    /** Aggregates throw these, so they must stay plain Java. */
    @ArchTest
    static final ArchRule refusals_are_plain_java = classes()
            .that().resideInAPackage("org.charter.platform.error..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.charter.platform.error..");

    /** Security and idempotency refuse through the problem package; it knows none of them. */
    @ArchTest
    static final ArchRule problem_answers_depend_on_no_feature_that_refuses = noClasses()
            .that().resideInAPackage("org.charter.platform.problem..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.charter.platform.security..", "org.charter.platform.idempotency..", "org.charter.platform.web..");

    @ArchTest
    static final ArchRule the_web_packages_have_no_cycles = slices()
            .matching("org.charter.platform.(web|problem|security|idempotency|correlation|observability)..")
            .should().beFreeOfCycles();
}
