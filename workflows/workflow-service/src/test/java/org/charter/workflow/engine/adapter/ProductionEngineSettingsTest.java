package org.charter.workflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

class ProductionEngineSettingsTest {

    @Test
    void a_complete_production_environment_passes() {
        assertThat(ProductionEngineSettings.problems(complete())).isEmpty();
    }

    @Test
    void without_the_database_settings_it_names_each_variable_to_set() {
        var settings = complete();
        settings.setProperty("spring.datasource.url", "");
        settings.setProperty("spring.datasource.username", "");
        settings.setProperty("spring.datasource.password", " ");
        assertThat(ProductionEngineSettings.problems(settings)).hasSize(3)
                .anySatisfy(problem -> assertThat(problem).startsWith("set SPRING_DATASOURCE_URL"))
                .anySatisfy(problem -> assertThat(problem).startsWith("set SPRING_DATASOURCE_USERNAME"))
                .anySatisfy(problem -> assertThat(problem).startsWith("set SPRING_DATASOURCE_PASSWORD"));
    }

    @Test
    void the_embedded_defaults_h2_is_refused() {
        var settings = complete();
        settings.setProperty("spring.datasource.url", "jdbc:h2:file:./data/workflow/camunda;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(ProductionEngineSettings.problems(settings)).singleElement().asString()
                .contains("PostgreSQL").contains("jdbc:h2:file:./data/workflow/camunda").doesNotContain("DB_CLOSE");
    }

    @Test
    void a_development_login_is_refused() {
        var settings = complete();
        settings.setProperty("camunda.bpm.admin-user.id", "demo");
        settings.setProperty("camunda.bpm.admin-user.password", "demo");
        assertThat(ProductionEngineSettings.problems(settings)).singleElement().asString()
                .contains("camunda.bpm.admin-user").contains("Keycloak");
    }

    @Test
    void the_sign_on_needs_the_workflows_client_its_secret_and_the_realms_addresses() {
        var settings = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://postgres:5432/camunda")
                .withProperty("spring.datasource.username", "camunda")
                .withProperty("spring.datasource.password", "secret-from-the-environment");
        assertThat(ProductionEngineSettings.problems(settings)).hasSize(5).allSatisfy(problem -> assertThat(problem).startsWith("set "))
                .anySatisfy(problem -> assertThat(problem).contains("CHARTER_WORKFLOW_SERVICE_IDENTITY_CLIENT_SECRET"))
                .anySatisfy(problem -> assertThat(problem).contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"));
    }

    @Test
    void the_check_refuses_the_context_naming_every_problem() {
        var check = ProductionEngineSettings.Check.productionEngineSettingsCheck(new MockEnvironment());
        assertThatThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("production profile")
                .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("CHARTER_WORKFLOW_SERVICE_IDENTITY_CLIENT_SECRET");
        ProductionEngineSettings.Check.productionEngineSettingsCheck(complete()).postProcessBeanFactory(new DefaultListableBeanFactory());
    }

    private static MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://postgres:5432/camunda")
                .withProperty("spring.datasource.username", "camunda")
                .withProperty("spring.datasource.password", "secret-from-the-environment")
                .withProperty("charter.workflow.service-identity.client-id", "charter-workflow")
                .withProperty("charter.workflow.service-identity.client-secret", "secret-from-the-environment")
                .withProperty("charter.workflow.service-identity.token-uri",
                        "http://keycloak:8080/realms/charter/protocol/openid-connect/token")
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://auth.example.org/realms/charter")
                .withProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                        "http://keycloak:8080/realms/charter/protocol/openid-connect/certs");
    }
}
