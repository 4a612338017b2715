package org.charter.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * Who may cast a member's vote at an instant, by the service's own data: the person ids of the
 * member's delegate and alternates in office then. A token's {@code member} claim says whom its
 * holder represented when the token was issued; a delegate replaced since keeps a valid token until
 * it expires, so a service that lets delegates act answers this from its own projection of
 * membership's events ({@code DelegateAppointed}, {@code AlternatesAppointed},
 * {@code AppointmentsEnded}, with their {@code effectiveAt}), never from the token alone.
 */
@FunctionalInterface
public interface DelegationRoster {

    /** The person ids of the member's delegate and alternates at {@code at}; empty when it has none or is unknown. */
    Set<String> delegationOf(String memberId, Instant at);
}
