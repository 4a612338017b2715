package org.charter.workflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class SignedInWebappUserTest {

    @Test
    void a_secretary_is_the_person_in_group_secretary() {
        AuthenticationResult result = SignedInWebappUser.of(signedIn("sam.secretary", "secretary"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthenticatedUser()).isEqualTo("sam.secretary");
        assertThat(result.getGroups()).containsExactly("secretary");
        assertThat(result.getTenants()).isEmpty();
    }

    @Test
    void an_admin_is_also_a_camunda_admin() {
        assertThat(SignedInWebappUser.of(signedIn("ada.admin", "admin")).getGroups()).containsExactly("admin", "camunda-admin");
    }

    @Test
    void delegates_auditors_and_tokens_without_a_role_have_no_webapp() {
        for (String role : new String[] {"delegate", "auditor", "member", null}) {
            assertThat(SignedInWebappUser.of(signedIn("someone", role)).isAuthenticated()).as(role).isFalse();
        }
    }

    @Test
    void anything_but_an_oidc_sign_in_is_nobody() {
        assertThat(SignedInWebappUser.of(null).isAuthenticated()).isFalse();
        assertThat(SignedInWebappUser.of(UsernamePasswordAuthenticationToken.authenticated("demo", "demo", List.of()))
                .isAuthenticated()).isFalse();
    }

    @Test
    void the_role_claim_becomes_a_spring_security_role() {
        var authorities = WebappSignOn.charterRoles().mapAuthorities(signedIn("sam.secretary", "secretary").getAuthorities());
        assertThat(authorities).extracting(Object::toString).contains("ROLE_SECRETARY");
    }

    private static OAuth2AuthenticationToken signedIn(String subject, String role) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", subject, "iss", "https://auth.example.org/realms/charter"));
        if (role != null) {
            claims.put("role", role);
        }
        var token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300), claims);
        var user = new DefaultOidcUser(List.of(new OidcUserAuthority(token)), token);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
    }
}
