package org.charter.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charter.platform.event.Actor;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads who is acting from a JWT: {@code sub} is the subject, the role comes from claim
 * {@code role} (a string, as the development tokens issue it) and from Keycloak's
 * {@code realm_access.roles}; a delegate's member comes from claim {@code member}.
 */
public final class JwtActors {

    public static final String ROLE_CLAIM = "role";
    public static final String MEMBER_CLAIM = "member";
    public static final String REALM_ACCESS_CLAIM = "realm_access";

    // When a token carries several roles, the Actor records the most powerful one it holds.
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.SECRETARY, Role.DELEGATE, Role.AUDITOR);

    private JwtActors() {
    }

    public static Set<Role> rolesOf(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object role = jwt.getClaims().get(ROLE_CLAIM);
        if (role instanceof String single) {
            Role.fromClaim(single).ifPresent(roles::add);
        } else if (role instanceof Collection<?> several) {
            several.forEach(each -> Role.fromClaim(String.valueOf(each)).ifPresent(roles::add));
        }
        if (jwt.getClaims().get(REALM_ACCESS_CLAIM) instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
            realmRoles.forEach(each -> Role.fromClaim(String.valueOf(each)).ifPresent(roles::add));
        }
        return roles;
    }

    /** The role the actor acts in: the {@code role} claim when it names one, else the strongest held. */
    public static Role primaryRole(Jwt jwt, Set<Role> roles) {
        if (jwt.getClaims().get(ROLE_CLAIM) instanceof String single) {
            var named = Role.fromClaim(single);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return PRECEDENCE.stream().filter(roles::contains).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("token carries no Charter role"));
    }

    public static String memberOf(Jwt jwt) {
        String member = jwt.getClaimAsString(MEMBER_CLAIM);
        return member == null || member.isBlank() ? null : member.trim();
    }

    /** The actor of a token that {@link CharterJwtAuthenticationConverter} accepted. */
    public static Actor actorOf(Jwt jwt) {
        Set<Role> roles = rolesOf(jwt);
        return new Actor(jwt.getSubject(), primaryRole(jwt, roles).claimValue(), memberOf(jwt));
    }
}
