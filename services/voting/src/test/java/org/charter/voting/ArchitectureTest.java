package org.charter.voting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.charter.platform.test.CharterArchitecture;

@AnalyzeClasses(packages = "org.charter.voting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules are plain Java: nothing outside java.* and the rules packages themselves. */
    @ArchTest
    static final ArchRule rules_depend_on_nothing_but_the_jdk = CharterArchitecture.onlyTheJdk(
            "org.charter.voting.decision..", "org.charter.voting.consensus..", "org.charter.voting.ranked..",
            "org.charter.voting.receipt..");

    /** File formats and the CLI sit on top of the rules, never the other way round. */
    @ArchTest
    static final ArchRule file_formats_do_not_know_the_cli = classes()
            .that().resideInAPackage("org.charter.voting.contest..")
            .should().onlyDependOnClassesThat()
            .resideOutsideOfPackage("org.charter.voting.verify..");
}
