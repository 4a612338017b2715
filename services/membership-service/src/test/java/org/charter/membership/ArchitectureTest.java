package org.charter.membership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.charter.platform.test.CharterArchitecture;

@AnalyzeClasses(packages = "org.charter.membership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "org.charter.membership";

    @ArchTest
    static final ArchRule the_domain_is_plain_java = CharterArchitecture.domainIsPlainJava(SERVICE);

    @ArchTest
    static final ArchRule the_domain_uses_only_the_platform_api = CharterArchitecture.domainUsesOnlyThePlatformApi(SERVICE);

    @ArchTest
    static final ArchRule the_domain_does_not_reach_into_adapters = CharterArchitecture.domainKnowsNoAdapter(SERVICE);

    /** The representation model (roles, roster, rules, claims) knows nothing of members; only the use case does. */
    @ArchTest
    static final ArchRule the_representation_model_does_not_depend_on_members = noClasses()
            .that().resideInAPackage("org.charter.membership.representative")
            .and().doNotHaveSimpleName("AppointingRepresentatives")
            .should().dependOnClassesThat().resideInAnyPackage("org.charter.membership.member",
                    "org.charter.membership.collaborative", "org.charter.membership.votingrights");
}
