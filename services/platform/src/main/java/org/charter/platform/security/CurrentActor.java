package org.charter.platform.security;

import org.charter.platform.event.Actor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The {@link Actor} behind the request being served, read from its bearer token. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Actor of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token && !token.getAuthorities().isEmpty()) {
            return JwtActors.actorOf(token.getToken());
        }
        throw new AuthenticationCredentialsNotFoundException("No Charter bearer token authenticates this request.");
    }
}
