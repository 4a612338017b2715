package org.charter.platform.security;

import java.time.Instant;
import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.charter.platform.problem.ProblemCodes;

/**
 * "A delegate acts only for its own member": the check a controller or use case makes before a
 * delegate casts a vote or speaks for a member. Roles are checked with {@code @PreAuthorize};
 * this is the data-dependent half that a role cannot express. The token alone says only whom its
 * holder represented when it was issued: a command that a delegate makes for its member checks the
 * {@link DelegationRoster} too, so a delegate replaced in membership loses the right from the
 * replacement's {@code effectiveAt}, whatever its token still says.
 */
public final class Delegation {

    private Delegation() {
    }

    /** The token's half: the actor acts in the delegate role for this member. */
    public static boolean isDelegateOf(Actor actor, String memberId) {
        return Role.of(actor).orElse(null) == Role.DELEGATE
                && actor.member() != null
                && actor.member().equals(memberId);
    }

    /** Both halves: the token names the member, and the actor's person is its delegate or an alternate at {@code at}. */
    public static boolean isDelegateOf(Actor actor, String memberId, Instant at, DelegationRoster roster) {
        return isDelegateOf(actor, memberId) && roster.delegationOf(memberId, at).contains(actor.subject());
    }

    /** Throws {@link Forbidden} ({@code NOT_MEMBER_DELEGATE}, 403) unless the actor's token makes it a delegate of the member. */
    public static void requireDelegateOf(Actor actor, String memberId) {
        if (!isDelegateOf(actor, memberId)) {
            throw new Forbidden(ProblemCodes.NOT_MEMBER_DELEGATE,
                    "Only a delegate of member " + memberId + " may do this; you act as "
                            + actor.role() + (actor.member() == null ? "" : " for " + actor.member()) + ".");
        }
    }

    /**
     * Throws {@link Forbidden} ({@code NOT_MEMBER_DELEGATE}, 403) unless the token makes the actor a
     * delegate of the member and the roster has its person (the token's subject) as the member's
     * delegate or an alternate at {@code at}: the instant the act counts for (a vote's append time).
     */
    public static void requireDelegateOf(Actor actor, String memberId, Instant at, DelegationRoster roster) {
        requireDelegateOf(actor, memberId);
        if (!roster.delegationOf(memberId, at).contains(actor.subject())) {
            throw new Forbidden(ProblemCodes.NOT_MEMBER_DELEGATE,
                    "You (" + actor.subject() + ") are not the delegate or an alternate of member " + memberId
                            + " at " + at + " in the membership records: a delegate replaced there may no longer act"
                            + " for the member from the replacement's effectiveAt, even with a token that still names it.");
        }
    }
}
