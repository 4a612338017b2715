package org.charter.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.charter.platform.event.Actor;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads who is acting from a JWT: {@code sub} is the subject; the role is the one Charter role the
 * token carries, in claim {@code role} (a string, as the development tokens issue it) or in
 * Keycloak's {@code realm_access.roles}, and where both name roles they must name the same one,
 * so that the role that grants permissions is the role recorded in events; a delegate's member
 * comes from claim {@code member}.
 */
public final class JwtActors {

    public static final String ROLE_CLAIM = "role";
    public static final String MEMBER_CLAIM = "member";
    public static final String REALM_ACCESS_CLAIM = "realm_access";

    private JwtActors() {
    }

    /**
     * The Charter role the token acts in; empty when it carries none (then it may do nothing).
     * A token whose sources disagree, or that carries several Charter roles, is invalid: it could
     * not say in which role its holder acts.
     */
    public static Optional<Role> roleOf(Jwt jwt) {
        Set<Role> claimed = roles(jwt.getClaims().get(ROLE_CLAIM));
        Set<Role> realm = jwt.getClaims().get(REALM_ACCESS_CLAIM) instanceof Map<?, ?> realmAccess
                ? roles(realmAccess.get("roles")) : EnumSet.noneOf(Role.class);
        if (!claimed.isEmpty() && !realm.isEmpty() && !claimed.equals(realm)) {
            throw new TokenNamesNoActor("The token's 'role' claim (" + names(claimed)
                    + ") and its realm roles (" + names(realm) + ") disagree; a token acts in one Charter role.");
        }
        Set<Role> roles = claimed.isEmpty() ? realm : claimed;
        if (roles.size() > 1) {
            throw new TokenNamesNoActor("The token carries several Charter roles (" + names(roles)
                    + "); a token acts in exactly one: issue it for one of them.");
        }
        return roles.stream().findFirst();
    }

    public static String memberOf(Jwt jwt) {
        String member = jwt.getClaimAsString(MEMBER_CLAIM);
        return member == null || member.isBlank() ? null : member.trim();
    }

    /** The actor of a token that {@link CharterJwtAuthenticationConverter} accepted. */
    public static Actor actorOf(Jwt jwt) {
        Role role = roleOf(jwt).orElseThrow(() -> new IllegalArgumentException("token carries no Charter role"));
        return new Actor(jwt.getSubject(), role.claimValue(), memberOf(jwt));
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof String single) {
            Role.fromClaim(single).ifPresent(roles::add);
        } else if (claim instanceof Collection<?> several) {
            several.forEach(each -> Role.fromClaim(String.valueOf(each)).ifPresent(roles::add));
        }
        return roles;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::claimValue).collect(Collectors.joining(", "));
    }
}
