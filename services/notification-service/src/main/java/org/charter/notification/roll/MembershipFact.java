package org.charter.notification.roll;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts of {@code charter.membership.events} the notification roll is built from, read as a
 * tolerant reader: each record names only the fields needed, the rest is ignored. Contact details
 * are never in these events (membership keeps them apart, DOMAIN §7.2).
 */
public sealed interface MembershipFact extends DomainEvent {

    String memberId();

    /** A person as named in an appointment; {@code personId} is the subject of their tokens. */
    record Appointee(String personId, String name) {
    }

    @EventType(context = "membership", name = "DelegateAppointed", version = 1)
    record DelegateAppointed(String memberId, Appointee delegate, Instant effectiveAt) implements MembershipFact {
    }

    @EventType(context = "membership", name = "AlternatesAppointed", version = 1)
    record AlternatesAppointed(String memberId, List<Appointee> alternates, Instant effectiveAt) implements MembershipFact {
        public AlternatesAppointed {
            alternates = alternates == null ? List.of() : List.copyOf(alternates);
        }
    }

    @EventType(context = "membership", name = "AppointmentsEnded", version = 1)
    record AppointmentsEnded(String memberId, List<String> roles, Instant effectiveAt) implements MembershipFact {
        public AppointmentsEnded {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public boolean endsDelegate() {
            return roles.contains("DELEGATE");
        }

        public boolean endsAlternates() {
            return roles.contains("ALTERNATE");
        }
    }

    /** Facts of membership's topic the roll does not need, declared so that they are passed over quietly. */
    sealed interface Unused extends MembershipFact {
    }

    @EventType(context = "membership", name = "MemberRegistered", version = 1)
    record MemberRegistered(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberAdmitted", version = 1)
    record MemberAdmitted(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberTierChanged", version = 1)
    record MemberTierChanged(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberSuspended", version = 1)
    record MemberSuspended(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberReinstated", version = 1)
    record MemberReinstated(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberWithdrew", version = 1)
    record MemberWithdrew(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberReadmitted", version = 1)
    record MemberReadmitted(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "RepresentativeAppointed", version = 1)
    record RepresentativeAppointed(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "RepresentativeEnded", version = 1)
    record RepresentativeEnded(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "PersonClaimed", version = 1)
    record PersonClaimed(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "CollaborativeCreated", version = 1)
    record CollaborativeCreated(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberEnrolled", version = 1)
    record MemberEnrolled(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "MemberLeftCollaborative", version = 1)
    record MemberLeftCollaborative(String memberId) implements Unused {
    }
}
