package org.charter.platform.security;

import org.charter.platform.error.Forbidden;
import org.charter.platform.event.Actor;
import org.charter.platform.problem.ProblemCodes;

/**
 * "A delegate acts only for its own member": the check a controller or use case makes before a
 * delegate casts a vote or speaks for a member. Roles are checked with {@code @PreAuthorize};
 * this is the data-dependent half that a role cannot express.
 */
public final class Delegation {

    private Delegation() {
    }

    public static boolean isDelegateOf(Actor actor, String memberId) {
        return Role.of(actor).orElse(null) == Role.DELEGATE
                && actor.member() != null
                && actor.member().equals(memberId);
    }

    /** Throws {@link Forbidden} ({@code NOT_MEMBER_DELEGATE}, 403) unless the actor is a delegate of the member. */
    public static void requireDelegateOf(Actor actor, String memberId) {
        if (!isDelegateOf(actor, memberId)) {
            throw new Forbidden(ProblemCodes.NOT_MEMBER_DELEGATE,
                    "Only a delegate of member " + memberId + " may do this; you act as "
                            + actor.role() + (actor.member() == null ? "" : " for " + actor.member()) + ".");
        }
    }
}
