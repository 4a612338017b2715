package org.charter.notification.roll;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The notification service's own view of who represents each member (a projection of membership's events). */
public interface Roll {

    Appointments appointmentsOf(String memberId);

    /** The members GOVERNING and ACTIVE at {@code at}: whom a Governing Board decision is notice to. */
    List<String> votingMembersAt(Instant at);

    /**
     * The member the person represents at {@code at} (else the last it represented); empty when the
     * roll names them nowhere, as for a roll that keeps no persons.
     */
    default Optional<String> memberOfPerson(String personId, Instant at) {
        return Optional.empty();
    }

    /** Each member's delegate and alternates at {@code at}, members in the order given. */
    default List<Recipient> recipientsAt(Collection<String> members, Instant at) {
        return members.stream().flatMap(m -> appointmentsOf(m).recipientsAt(at).stream()).toList();
    }
}
