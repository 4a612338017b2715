package org.charter.membership.member;

import java.time.Instant;
import java.util.List;
import org.charter.membership.representative.RepresentativeRole;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * The facts recorded on a member's stream. Every status or tier fact states the member's
 * resulting {@code status}, {@code tier} and {@code votingRights} from {@code effectiveAt} on, so
 * another service can keep its own effective-dated projection of who may vote without knowing
 * the rules that derive it.
 */
public sealed interface MemberEvent extends DomainEvent {

    String memberId();

    /** A fact that sets the member's status and tier from {@code effectiveAt()} on. */
    sealed interface StandingEvent extends MemberEvent {
        Instant effectiveAt();

        MemberStatus status();

        Tier tier();

        boolean votingRights();
    }

    @EventType(name = "MemberRegistered", version = 1)
    record MemberRegistered(String memberId, String name, MemberKind kind, Tier tier, Instant appliedAt,
                            MemberStatus status, boolean votingRights) implements StandingEvent {
        @Override
        public Instant effectiveAt() {
            return appliedAt;
        }
    }

    @EventType(name = "MemberAdmitted", version = 1)
    record MemberAdmitted(String memberId, Instant decidedAt, Instant effectiveAt, DecisionRef decision,
                          MemberStatus status, Tier tier, boolean votingRights) implements StandingEvent {
    }

    @EventType(name = "MemberTierChanged", version = 1)
    record MemberTierChanged(String memberId, Tier previousTier, Instant decidedAt, Instant effectiveAt,
                             DecisionRef decision, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingEvent {
    }

    @EventType(name = "MemberSuspended", version = 1)
    record MemberSuspended(String memberId, String reason, Instant decidedAt, Instant effectiveAt,
                           DecisionRef decision, MemberStatus status, Tier tier, boolean votingRights)
            implements StandingEvent {
    }

    @EventType(name = "MemberReinstated", version = 1)
    record MemberReinstated(String memberId, Instant decidedAt, Instant effectiveAt, DecisionRef decision,
                            MemberStatus status, Tier tier, boolean votingRights) implements StandingEvent {
    }

    @EventType(name = "MemberWithdrew", version = 1)
    record MemberWithdrew(String memberId, Instant decidedAt, Instant effectiveAt, DecisionRef decision,
                          MemberStatus status, Tier tier, boolean votingRights) implements StandingEvent {
    }

    @EventType(name = "MemberReadmitted", version = 1)
    record MemberReadmitted(String memberId, Instant decidedAt, Instant effectiveAt, DecisionRef decision,
                            MemberStatus status, Tier tier, boolean votingRights) implements StandingEvent {
    }

    /** A person as named in an appointment; contact details are never part of an event. */
    record Appointee(String personId, String name) {
    }

    /** A K-12 lead, higher-education lead or post-secondary careers rep; a handed-over role names whom it replaced. */
    @EventType(name = "RepresentativeAppointed", version = 1)
    record RepresentativeAppointed(String memberId, RepresentativeRole role, Appointee person, String replacedPersonId,
                                   Instant decidedAt, Instant effectiveAt, DecisionRef decision)
            implements MemberEvent {
    }

    @EventType(name = "RepresentativeEnded", version = 1)
    record RepresentativeEnded(String memberId, RepresentativeRole role, String personId, Instant decidedAt,
                               Instant effectiveAt, DecisionRef decision) implements MemberEvent {
    }

    /** The member's one voting delegate from {@code effectiveAt}; the previous delegate's term ends then. */
    @EventType(name = "DelegateAppointed", version = 1)
    record DelegateAppointed(String memberId, Appointee delegate, String replacedPersonId, Instant decidedAt,
                             Instant effectiveAt, DecisionRef decision) implements MemberEvent {
    }

    /** The member's complete, ordered list of alternates from {@code effectiveAt} (may be empty). */
    @EventType(name = "AlternatesAppointed", version = 1)
    record AlternatesAppointed(String memberId, List<Appointee> alternates, Instant decidedAt, Instant effectiveAt,
                               DecisionRef decision) implements MemberEvent {
        public AlternatesAppointed {
            alternates = List.copyOf(alternates);
        }
    }

    /**
     * Terms ended as a consequence of another fact ({@code cause}: the event type that caused it,
     * e.g. a withdrawal ends every appointment, a move out of {@code GOVERNING} ends the delegation).
     */
    @EventType(name = "AppointmentsEnded", version = 1)
    record AppointmentsEnded(String memberId, List<RepresentativeRole> roles, List<String> personIds, String cause,
                             Instant decidedAt, Instant effectiveAt, DecisionRef decision) implements MemberEvent {
        public AppointmentsEnded {
            roles = List.copyOf(roles);
            personIds = List.copyOf(personIds);
        }
    }
}
