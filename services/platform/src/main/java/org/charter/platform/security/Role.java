package org.charter.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.charter.platform.event.Actor;

/**
 * The roles a Charter token can carry. In a token (claim {@code role}, or Keycloak's
 * {@code realm_access.roles}) and in {@link Actor#role()} they are lower case ({@code delegate});
 * in Spring Security they are authorities {@code ROLE_DELEGATE}, so
 * {@code @PreAuthorize("hasRole('SECRETARY')")} reads naturally.
 */
public enum Role {
    DELEGATE,
    SECRETARY,
    AUDITOR,
    ADMIN;

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim();
        return Arrays.stream(values()).filter(role -> role.claimValue().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The role an actor acted in; empty for {@link Actor#SYSTEM} and unknown roles. */
    public static Optional<Role> of(Actor actor) {
        return fromClaim(actor.role());
    }
}
