package org.charter.budget.member;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts of {@code charter.membership.events} the budget's roll is built from, read as a
 * tolerant reader: each record names only the fields fees need (status and tier from an
 * effective instant on), the rest of the data is ignored. The shapes are membership's
 * ({@code docs/events/membership/}).
 */
public sealed interface MembershipFact extends DomainEvent {

    String memberId();

    /** A fact that sets the member's status and tier from {@code effectiveAt()} on. */
    sealed interface StandingChanged extends MembershipFact {
        Instant effectiveAt();

        MemberStatus status();

        Tier tier();
    }

    @EventType(context = "membership", name = "MemberRegistered", version = 1)
    record MemberRegistered(String memberId, String name, Instant appliedAt, MemberStatus status, Tier tier)
            implements StandingChanged {
        @Override
        public Instant effectiveAt() {
            return appliedAt;
        }
    }

    @EventType(context = "membership", name = "MemberAdmitted", version = 1)
    record MemberAdmitted(String memberId, Instant effectiveAt, MemberStatus status, Tier tier) implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberTierChanged", version = 1)
    record MemberTierChanged(String memberId, Instant effectiveAt, MemberStatus status, Tier tier) implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberSuspended", version = 1)
    record MemberSuspended(String memberId, Instant effectiveAt, MemberStatus status, Tier tier) implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberReinstated", version = 1)
    record MemberReinstated(String memberId, Instant effectiveAt, MemberStatus status, Tier tier) implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberWithdrew", version = 1)
    record MemberWithdrew(String memberId, Instant effectiveAt, MemberStatus status, Tier tier) implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberReadmitted", version = 1)
    record MemberReadmitted(String memberId, Instant effectiveAt, MemberStatus status, Tier tier) implements StandingChanged {
    }

    /**
     * Facts of membership's topic fees do not need, declared so that they are read and passed
     * over quietly rather than logged as unknown types.
     */
    sealed interface Unused extends MembershipFact {
    }

    @EventType(context = "membership", name = "DelegateAppointed", version = 1)
    record DelegateAppointed(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "AlternatesAppointed", version = 1)
    record AlternatesAppointed(String memberId) implements Unused {
    }

    @EventType(context = "membership", name = "AppointmentsEnded", version = 1)
    record AppointmentsEnded(String memberId) implements Unused {
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
