package org.charter.web.poll;

import java.util.List;

/**
 * An answer to a poll as the committee API names it; a reservation or a block must say why
 * (DOMAIN §4), so its form asks for a reason.
 */
public record Choice(String name, boolean needsReason) {

    static final List<Choice> VOTES = List.of(new Choice("YES", false), new Choice("NO", false), new Choice("ABSTAIN", false));

    static final List<Choice> POSITIONS = List.of(new Choice("SUPPORT", false), new Choice("SUPPORT_WITH_RESERVATIONS", true),
            new Choice("STAND_ASIDE", false), new Choice("BLOCK", true));

}
