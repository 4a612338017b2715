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
    void keycloak_realm_roles_grant_the_known_roles_and_ignore_the_rest() {
        Jwt jwt = jwt(Map.of("sub", "kc", "realm_access", Map.of("roles", List.of("uma_authorization", "auditor", "secretary"))));

        assertThat(JwtActors.rolesOf(jwt)).containsExactlyInAnyOrder(Role.AUDITOR, Role.SECRETARY);
        assertThat(JwtActors.actorOf(jwt).role()).isEqualTo("secretary");
    }

    @Test
    void the_role_claim_decides_which_role_the_actor_acts_in() {
        Jwt jwt = jwt(Map.of("sub", "x", "role", "auditor", "realm_access", Map.of("roles", List.of("admin"))));

        assertThat(JwtActors.actorOf(jwt).role()).isEqualTo("auditor");
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
