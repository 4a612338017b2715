package org.charter.membership.representative;

import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * A person now represents {@code memberId} (DOMAIN §1.4: a person represents one member). The
 * fact lives on the person's own stream, whose unique (stream, sequence) index makes two members
 * claiming the same person at once impossible: the second append conflicts.
 */
@EventType(name = "PersonClaimed", version = 1)
public record PersonClaimed(String personId, String memberId, RepresentativeRole role, String previousMemberId) implements DomainEvent {
}
