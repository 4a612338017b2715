package org.charter.platform.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    @ArchTest
    static final ArchRule the_web_packages_have_no_cycles = slices()
            .matching("org.charter.platform.(web|security|idempotency|correlation|observability)..")
            .should().beFreeOfCycles();
}
