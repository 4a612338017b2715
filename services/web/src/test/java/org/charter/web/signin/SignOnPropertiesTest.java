package org.charter.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

class SignOnPropertiesTest {

    @Test
    void theRealmsPublicClientByDefaultWithTheBrowsersIssuerAndTheBackchannelForTokensAndKeys() {
        var registration = new SignOnProperties(URI.create("https://auth.example.org/realms/charter/"),
                URI.create("http://keycloak:8080/realms/charter"), null, " ", null, null).registration();

        assertThat(registration.getClientId()).isEqualTo("charter-cli");
        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
        assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        var provider = registration.getProviderDetails();
        assertThat(provider.getIssuerUri()).isEqualTo("https://auth.example.org/realms/charter");
        assertThat(provider.getAuthorizationUri()).isEqualTo("https://auth.example.org/realms/charter/protocol/openid-connect/auth");
        assertThat(provider.getTokenUri()).isEqualTo("http://keycloak:8080/realms/charter/protocol/openid-connect/token");
        assertThat(provider.getJwkSetUri()).isEqualTo("http://keycloak:8080/realms/charter/protocol/openid-connect/certs");
        assertThat(provider.getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "https://auth.example.org/realms/charter/protocol/openid-connect/logout");
    }

    @Test
    void aSecretMakesItAConfidentialClient() {
        var registration = new SignOnProperties(URI.create("https://auth.example.org/realms/charter"), null,
                "charter-web", "s3cret", "https://charter.example.org/login/oauth2/code/keycloak", null).registration();

        assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(registration.getClientSecret()).isEqualTo("s3cret");
        assertThat(registration.getRedirectUri()).isEqualTo("https://charter.example.org/login/oauth2/code/keycloak");
        assertThat(registration.getProviderDetails().getTokenUri())
                .isEqualTo("https://auth.example.org/realms/charter/protocol/openid-connect/token");
    }

    @Test
    void productionWithoutAnIssuerDoesNotStart() {
        assertThatThrownBy(() -> new SignOnProperties(null, null, null, null, null, null).registration())
                .hasMessageContaining("charter.web.sign-on.issuer-uri is not set");
    }
}
