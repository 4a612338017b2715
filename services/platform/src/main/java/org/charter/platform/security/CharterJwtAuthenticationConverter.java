package org.charter.platform.security;

import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validly signed JWT into an authentication with {@code ROLE_*} authorities. A token that
 * cannot name an actor is refused as invalid (401), not merely under-privileged: it has no
 * subject, or it makes someone a delegate without saying for which member.
 */
public class CharterJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new TokenNamesNoActor("The token has no subject ('sub' claim).");
        }
        Optional<Role> role = JwtActors.roleOf(jwt);
        if (role.filter(Role.DELEGATE::equals).isPresent() && JwtActors.memberOf(jwt) == null) {
            throw new TokenNamesNoActor("A delegate token must name its member in the 'member' claim.");
        }
        List<SimpleGrantedAuthority> authorities = role.stream()
                .map(held -> new SimpleGrantedAuthority(held.authority()))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
