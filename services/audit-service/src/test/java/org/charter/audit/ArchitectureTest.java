package org.charter.audit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.charter.platform.test.CharterArchitecture;

@AnalyzeClasses(packages = "org.charter.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SERVICE = "org.charter.audit";

    @ArchTest
    static final ArchRule the_domain_is_plain_java = CharterArchitecture.domainIsPlainJava(SERVICE);

    @ArchTest
    static final ArchRule the_domain_uses_only_the_platform_api = CharterArchitecture.domainUsesOnlyThePlatformApi(SERVICE);

    @ArchTest
    static final ArchRule the_domain_does_not_reach_into_adapters = CharterArchitecture.domainKnowsNoAdapter(SERVICE);

    @ArchTest
    static final ArchRule the_ledger_imports_only_the_jdk = CharterArchitecture.onlyTheJdk("org.charter.audit.ledger");
}
