package org.charter.platform.security;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A well-signed token that cannot name an actor (no subject, a delegate without a member, roles
 * that disagree or are several): invalid, 401. Its message is the platform's own sentence, safe
 * to repeat to the caller.
 */
public class TokenNamesNoActor extends InvalidBearerTokenException {

    public TokenNamesNoActor(String why) {
        super(why);
    }
}
