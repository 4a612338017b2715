package org.charter.membership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.charter.membership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_roots_are_plain_java = noClasses()
            .that().resideInAnyPackage("org.charter.membership.member", "org.charter.membership.representative",
                    "org.charter.membership.votingrights", "org.charter.membership.collaborative")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                    "org.bson..", "com.fasterxml..", "jakarta..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule the_domain_does_not_reach_into_adapters = noClasses()
            .that().resideOutsideOfPackages("..adapter..", "..demo..", "org.charter.membership")
            .should().dependOnClassesThat().resideInAPackage("..adapter..");

    @ArchTest
    static final ArchRule representatives_do_not_depend_on_members = noClasses()
            .that().resideInAPackage("org.charter.membership.representative")
            .should().dependOnClassesThat().resideInAnyPackage("org.charter.membership.member",
                    "org.charter.membership.collaborative", "org.charter.membership.votingrights");
}
