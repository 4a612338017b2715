package org.charter.membershiproll;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.charter.platform.test.CharterArchitecture;

@AnalyzeClasses(packages = "org.charter.membershiproll", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String LIBRARY = "org.charter.membershiproll";

    @ArchTest
    static final ArchRule the_roll_is_plain_java = CharterArchitecture.domainIsPlainJava(LIBRARY);

    @ArchTest
    static final ArchRule the_roll_uses_only_the_platform_api = CharterArchitecture.domainUsesOnlyThePlatformApi(LIBRARY);

    @ArchTest
    static final ArchRule the_roll_does_not_reach_into_adapters = CharterArchitecture.domainKnowsNoAdapter(LIBRARY);
}
