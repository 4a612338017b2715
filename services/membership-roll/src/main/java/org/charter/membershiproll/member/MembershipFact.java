package org.charter.membershiproll.member;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts of {@code charter.membership.events} a following service's roll is built from, read
 * as a tolerant reader: each record names only the fields the roll needs, the rest of the data is
 * ignored. The shapes are membership's ({@code docs/events/membership/}); who may vote comes
 * from membership's own {@code votingRights}, never re-derived here. Contact details are never in
 * these events (membership keeps them apart, DOMAIN.md §7.2).
 */
public sealed interface MembershipFact extends DomainEvent {

    String memberId();

    /** A fact that sets the member's status and tier from {@code effectiveAt()} on. */
    sealed interface StandingChanged extends MembershipFact {
        Instant effectiveAt();

        MemberStatus status();

        Tier tier();

        boolean votingRights();
    }

    @EventType(context = "membership", name = "MemberRegistered", version = 1)
    record MemberRegistered(String memberId, String name, Instant appliedAt, MemberStatus status, Tier tier,
                            boolean votingRights) implements StandingChanged {
        @Override
        public Instant effectiveAt() {
            return appliedAt;
        }
    }

    @EventType(context = "membership", name = "MemberAdmitted", version = 1)
    record MemberAdmitted(String memberId, Instant effectiveAt, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberTierChanged", version = 1)
    record MemberTierChanged(String memberId, Instant effectiveAt, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberSuspended", version = 1)
    record MemberSuspended(String memberId, Instant effectiveAt, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberReinstated", version = 1)
    record MemberReinstated(String memberId, Instant effectiveAt, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberWithdrew", version = 1)
    record MemberWithdrew(String memberId, Instant effectiveAt, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingChanged {
    }

    @EventType(context = "membership", name = "MemberReadmitted", version = 1)
    record MemberReadmitted(String memberId, Instant effectiveAt, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingChanged {
    }

    /** A person as named in an appointment; {@code personId} is the subject of their tokens. */
    record Appointee(String personId, String name) {
    }

    /** The member's one voting delegate from {@code effectiveAt}; the previous one's term ends then. */
    @EventType(context = "membership", name = "DelegateAppointed", version = 1)
    record DelegateAppointed(String memberId, Appointee delegate, Instant effectiveAt) implements MembershipFact {
    }

    /** The member's complete list of alternates from {@code effectiveAt} (may be empty). */
    @EventType(context = "membership", name = "AlternatesAppointed", version = 1)
    record AlternatesAppointed(String memberId, List<Appointee> alternates, Instant effectiveAt) implements MembershipFact {
        public AlternatesAppointed {
            alternates = alternates == null ? List.of() : List.copyOf(alternates);
        }
    }

    /** Every open term of these roles ended at {@code effectiveAt} (a withdrawal, a move out of GOVERNING). */
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

    /** A person represents the member in a representative role from {@code effectiveAt} (§1.4). */
    @EventType(context = "membership", name = "RepresentativeAppointed", version = 1)
    record RepresentativeAppointed(String memberId, RepresentativeRole role, Appointee person, Instant effectiveAt)
            implements MembershipFact {
    }

    /** A representative's term ends at {@code effectiveAt}. */
    @EventType(context = "membership", name = "RepresentativeEnded", version = 1)
    record RepresentativeEnded(String memberId, RepresentativeRole role, String personId, Instant effectiveAt)
            implements MembershipFact {
    }

    /**
     * Facts of membership's topic the roll does not need, declared so that they are read and
     * passed over quietly rather than logged as unknown types.
     */
    sealed interface Unused extends MembershipFact {
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
