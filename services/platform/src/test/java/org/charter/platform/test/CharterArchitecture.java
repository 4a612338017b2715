package org.charter.platform.test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.security.Delegation;
import org.charter.platform.security.DelegationRoster;

/**
 * The architecture rules every Charter service obeys, written once by pattern. A service's
 * domain is every package under its base package except {@code ..adapter..} (where Spring, web
 * and MongoDB code lives) and the base package itself (its application class):
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.charter.committee", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest static final ArchRule plain_domain = CharterArchitecture.domainIsPlainJava("org.charter.committee");
 *     @ArchTest static final ArchRule platform_api = CharterArchitecture.domainUsesOnlyThePlatformApi("org.charter.committee");
 *     @ArchTest static final ArchRule no_adapters = CharterArchitecture.domainKnowsNoAdapter("org.charter.committee");
 * }
 * }</pre>
 */
public final class CharterArchitecture {

    /** Frameworks and infrastructure a domain never imports. */
    private static final String[] INFRASTRUCTURE = {"org.springframework..", "com.mongodb..", "org.bson..",
            "com.fasterxml..", "jakarta..", "org.apache.kafka..", "io.cloudevents..", "org.camunda..",
            "io.micrometer..", "org.slf4j.."};

    /**
     * The platform's plain-Java API: events, refusals, aggregates and their repository, and the
     * delegation rule ("a delegate acts only for its own member, per the roll"), which is plain
     * Java although it lives beside the Spring security wiring; and the port a demo claims its load with.
     */
    private static final String[] PLATFORM_API = {"org.charter.platform.event", "org.charter.platform.error",
            "org.charter.platform.aggregate", "org.charter.platform.demo"};

    private CharterArchitecture() {
    }

    /** Feature packages import no Spring, no MongoDB, no Kafka, no JSON or web framework. */
    public static ArchRule domainIsPlainJava(String basePackage) {
        return noClasses().that(areDomainOf(basePackage))
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .as("the domain of " + basePackage + " is plain Java (no Spring, MongoDB, Kafka, Jackson)");
    }

    /**
     * Of the platform, the domain uses only its API ({@code event}, {@code error}, {@code aggregate}, {@code demo},
     * the {@link EventStore} interface, {@link Delegation} and {@link DelegationRoster}), never
     * {@code MongoEventStore} or other infrastructure.
     */
    public static ArchRule domainUsesOnlyThePlatformApi(String basePackage) {
        return noClasses().that(areDomainOf(basePackage))
                .should().dependOnClassesThat(platformInfrastructure())
                .as("the domain of " + basePackage + " uses only the platform's API packages");
    }

    /** Adapters depend on the domain, never the other way round. */
    public static ArchRule domainKnowsNoAdapter(String basePackage) {
        return noClasses().that(areDomainOf(basePackage))
                .should().dependOnClassesThat().resideInAPackage(basePackage + "..adapter..")
                .as("the domain of " + basePackage + " does not reach into adapters");
    }

    /** Rules packages depend on the JDK and on each other only. */
    public static ArchRule onlyTheJdk(String... rulePackages) {
        String[] allowed = new String[rulePackages.length + 1];
        allowed[0] = "java..";
        System.arraycopy(rulePackages, 0, allowed, 1, rulePackages.length);
        return classes().that().resideInAnyPackage(rulePackages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .as("the rules in " + String.join(", ", rulePackages) + " import only java.*");
    }

    private static DescribedPredicate<JavaClass> areDomainOf(String basePackage) {
        return DescribedPredicate.describe("are in the domain of " + basePackage,
                c -> c.getPackageName().startsWith(basePackage + ".")
                        && !(c.getPackageName() + ".").contains(".adapter."));
    }

    private static DescribedPredicate<JavaClass> platformInfrastructure() {
        return resideInAnyPackage("org.charter.platform..")
                .and(not(resideInAnyPackage(PLATFORM_API)))
                .and(not(type(EventStore.class)))
                .and(not(type(AppendResult.class)))
                .and(not(type(Delegation.class)))
                .and(not(type(DelegationRoster.class)))
                .and(not(resideInAnyPackage("org.charter.platform.eventstore").and(
                        DescribedPredicate.describe("nested in AppendResult",
                                c -> c.getName().startsWith(AppendResult.class.getName() + "$")))))
                .as("platform infrastructure (anything but its API packages and EventStore)");
    }
}
