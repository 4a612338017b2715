package org.charter.membership.member.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Standing;
import org.charter.membership.member.Tier;
import org.charter.membership.representative.RepresentativeRole;
import org.charter.membership.representative.Term;

/** A member as of an instant: what was in effect then, and what was already scheduled after it. */
@Schema(name = "Member")
public record MemberView(
        @Schema(example = "CA") String id,
        @Schema(example = "California") String name,
        MemberKind kind,
        @Schema(description = "The instant this view describes") Instant asOf,
        MemberStatus status,
        Tier tier,
        @Schema(description = "GOVERNING and ACTIVE at asOf (DOMAIN 1.5)") boolean votingRights,
        @Schema(description = "Since when this status and tier are in effect") Instant since,
        Instant registeredAt,
        @Schema(description = "Changes recorded to take effect after asOf, in order") List<ScheduledChange> scheduledChanges,
        @Schema(description = "Who represents the member at asOf") List<RepresentativeView> representatives,
        @Schema(description = "The member's stream version: the number of events recorded for it") long version) {

    public static MemberView of(Member member, Instant at, Standing standing) {
        return new MemberView(member.id().value(), member.name(), member.kind(), at, standing.status(), standing.tier(),
                standing.votingRights(), standing.since(), member.registeredAt(),
                member.pendingAfter(at).stream().map(ScheduledChange::of).toList(),
                member.representativesAt(at).stream().map(RepresentativeView::of).toList(), member.version());
    }

    /** The member as it stands now (its registration when it applied in the future). */
    public static MemberView now(Member member, Instant now) {
        return of(member, now, member.standingAt(now).orElse(member.timeline().get(0)));
    }

    public record ScheduledChange(Instant effectiveAt, MemberStatus status, Tier tier, boolean votingRights) {
        static ScheduledChange of(Standing standing) {
            return new ScheduledChange(standing.since(), standing.status(), standing.tier(), standing.votingRights());
        }
    }

    /** A term of office; names are public, contact details are not shown here. */
    @Schema(name = "Representative")
    public record RepresentativeView(RepresentativeRole role, @Schema(example = "ca-delegate") String personId,
                              @Schema(example = "Dana Whitfield") String name,
                              @Schema(description = "Order among alternates (1, 2); 1 otherwise") int rank,
                              Instant from, @Schema(description = "Null while the term is open") Instant until) {
        public static RepresentativeView of(Term term) {
            return new RepresentativeView(term.role(), term.person().id().value(), term.person().name(), term.rank(),
                    term.from(), term.until());
        }
    }
}
