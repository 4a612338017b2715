package org.charter.platform.event;

import java.util.Objects;
import java.util.UUID;

/**
 * What every command carries into the events it causes: the actor, the correlation id of the
 * conversation (from {@code X-Correlation-Id}, created when absent) and the id of the message
 * that caused it ({@code null} for a command that came from a person).
 */
public record CommandContext(Actor actor, String correlationId, String causationId) {

    public CommandContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    public static CommandContext system() {
        return new CommandContext(Actor.SYSTEM, UUID.randomUUID().toString(), null);
    }

    /** The context for work caused by an event that was received. */
    public CommandContext causedBy(RecordedEvent cause) {
        return new CommandContext(actor, cause.correlationId(), cause.id().toString());
    }
}
