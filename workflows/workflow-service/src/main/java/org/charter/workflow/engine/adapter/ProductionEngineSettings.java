package org.charter.workflow.engine.adapter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * Under the production profile the workflow service refuses to start, naming every setting to fix,
 * unless the engine has a PostgreSQL database with credentials (never the embedded default's H2),
 * no engine user is created (the development login {@code camunda.bpm.admin-user.*} exists in the
 * embedded default only), and the webapps' sign-on through Keycloak is configured (the workflow's
 * client, its secret, the token and key addresses). Checked when the context starts, before any
 * bean exists.
 */
final class ProductionEngineSettings {

    private ProductionEngineSettings() {
    }

    /** Under the production profile, before any bean exists (the test's dynamic properties included). */
    @Configuration(proxyBeanMethods = false)
    @Profile("prod | production")
    static class Check {

        @Bean
        static BeanFactoryPostProcessor productionEngineSettingsCheck(Environment environment) {
            return beans -> {
                List<String> problems = problems(environment);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("The workflow service does not start under the production profile: "
                            + String.join("; ", problems));
                }
            };
        }
    }

    /** What is wrong with a production environment, each with what to set; empty when nothing is. */
    static List<String> problems(PropertyResolver settings) {
        List<String> problems = new ArrayList<>();
        String url = settings.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            problems.add("set SPRING_DATASOURCE_URL to the engine's PostgreSQL database (jdbc:postgresql://<host>:5432/camunda)");
        } else if (!url.startsWith("jdbc:postgresql:")) {
            problems.add("SPRING_DATASOURCE_URL must name a PostgreSQL database (jdbc:postgresql://...), not "
                    + url.split(";")[0] + ": the embedded default's H2 is not for production");
        }
        requireSet(settings, "spring.datasource.username", "SPRING_DATASOURCE_USERNAME", "the engine database's user", problems);
        requireSet(settings, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", "its password", problems);
        if (!settings.getProperty("camunda.bpm.admin-user.id", "").isBlank()) {
            problems.add("remove camunda.bpm.admin-user.* (CAMUNDA_BPM_ADMINUSER_*): the development login exists in the"
                    + " embedded default only; in production people sign in to Tasklist and Cockpit through Keycloak");
        }
        requireSet(settings, "charter.workflow.service-identity.client-id", "CHARTER_WORKFLOW_SERVICE_IDENTITY_CLIENT_ID",
                "the workflow's Keycloak client (charter-workflow)", problems);
        requireSet(settings, "charter.workflow.service-identity.client-secret",
                "CHARTER_WORKFLOW_SERVICE_IDENTITY_CLIENT_SECRET", "its secret (WORKFLOW_CLIENT_SECRET in compose)", problems);
        requireSet(settings, "charter.workflow.service-identity.token-uri", "CHARTER_WORKFLOW_SERVICE_IDENTITY_TOKEN_URI",
                "Keycloak's token endpoint", problems);
        requireSet(settings, "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "the realm's public address (the sign-on page)", problems);
        requireSet(settings, "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "the realm's signing keys", problems);
        return problems;
    }

    private static void requireSet(PropertyResolver settings, String property, String variable, String what,
                                   List<String> problems) {
        if (settings.getProperty(property, "").isBlank()) {
            problems.add("set " + variable + " (" + property + "): " + what);
        }
    }
}
