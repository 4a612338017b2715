package org.charter.platform.event;

import java.util.Objects;

/**
 * Who caused an event: the authenticated subject, the role it acted in, for a delegate the member
 * it acted for ({@code null} otherwise) and, when a service acts for a person's process (the
 * workflow service, with {@code X-Charter-Initiator}), the person who started that work
 * ({@code initiator}, {@code null} otherwise: DESIGN §10.1 "record the person who started the
 * work"). Carried in the CloudEvents {@code actor*} and {@code initiator} extensions of every event.
 */
public record Actor(String subject, String role, String member, String initiator) {

    public static final Actor SYSTEM = new Actor("charter", "system", null);

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
    }

    /** An actor acting on its own account (no initiator). */
    public Actor(String subject, String role, String member) {
        this(subject, role, member, null);
    }

    /** The same actor, acting in work that {@code person} started. */
    public Actor initiatedBy(String person) {
        return new Actor(subject, role, member, person);
    }
}
