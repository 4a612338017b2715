package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.charter.platform.event.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class JwtActorsTest {

    private final CharterJwtAuthenticationConverter converter = new CharterJwtAuthenticationConverter();

    @Test
    void a_delegate_token_names_subject_role_and_member() {
        Jwt jwt = jwt(Map.of("sub", "alice", "role", "delegate", "member", "CA"));

        assertThat(JwtActors.actorOf(jwt)).isEqualTo(new Actor("alice", "delegate", "CA"));
        assertThat(converter.convert(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_DELEGATE");
    }

    @Test
    void a_keycloak_realm_role_grants_its_role_and_other_realm_roles_are_ignored() {
        Jwt jwt = jwt(Map.of("sub", "kc", "realm_access", Map.of("roles", List.of("uma_authorization", "auditor"))));

        assertThat(JwtActors.roleOf(jwt)).contains(Role.AUDITOR);
        assertThat(JwtActors.actorOf(jwt).role()).isEqualTo("auditor");
        assertThat(converter.convert(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AUDITOR");
    }

    @Test
    void a_role_claim_and_realm_roles_that_agree_grant_that_role() {
        Jwt jwt = jwt(Map.of("sub", "x", "role", "secretary", "realm_access", Map.of("roles", List.of("secretary", "offline_access"))));

        assertThat(JwtActors.actorOf(jwt).role()).isEqualTo("secretary");
    }

    @Test
    void a_role_claim_and_realm_roles_that_disagree_make_the_token_invalid() {
        Jwt jwt = jwt(Map.of("sub", "x", "role", "auditor", "realm_access", Map.of("roles", List.of("admin"))));

        assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(TokenNamesNoActor.class)
                .hasMessageContaining("disagree");
    }

    @Test
    void a_token_with_several_charter_roles_is_invalid_as_it_cannot_say_which_it_acts_in() {
        Jwt jwt = jwt(Map.of("sub", "kc", "realm_access", Map.of("roles", List.of("auditor", "secretary"))));

        assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(TokenNamesNoActor.class)
                .hasMessageContaining("several Charter roles");
    }

    @Test
    void a_delegate_token_without_a_member_is_invalid() {
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("sub", "bob", "role", "delegate"))))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("member");
    }

    @Test
    void a_token_without_a_subject_is_invalid() {
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("role", "admin"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void a_token_with_an_unknown_role_has_no_authorities() {
        assertThat(converter.convert(jwt(Map.of("sub", "v", "role", "visitor"))).getAuthorities()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }
}
