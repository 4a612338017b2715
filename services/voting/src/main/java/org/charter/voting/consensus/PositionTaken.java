package org.charter.voting.consensus;

import java.time.Instant;
import java.util.Objects;

/**
 * A member states (or restates) its position at server time {@code at}. Reservations and blocks
 * must say why.
 */
public record PositionTaken(String member, Position position, String text, Instant at) {

    public PositionTaken {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(at, "at");
        if (position.needsText() && (text == null || text.isBlank())) {
            throw new IllegalArgumentException(position + " needs a text: "
                    + (position == Position.BLOCK ? "the reason, citing mission, procedure or law" : "the reservation"));
        }
    }

    public static PositionTaken support(String member, Instant at) {
        return new PositionTaken(member, Position.SUPPORT, null, at);
    }

    public static PositionTaken standAside(String member, Instant at) {
        return new PositionTaken(member, Position.STAND_ASIDE, null, at);
    }

    public static PositionTaken reservations(String member, String reservation, Instant at) {
        return new PositionTaken(member, Position.SUPPORT_WITH_RESERVATIONS, reservation, at);
    }

    public static PositionTaken block(String member, String reason, Instant at) {
        return new PositionTaken(member, Position.BLOCK, reason, at);
    }
}
