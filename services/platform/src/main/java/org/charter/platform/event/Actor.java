package org.charter.platform.event;

import java.util.Objects;

/**
 * Who caused an event: the authenticated subject, the role it acted in and, for a delegate,
 * the member it acted for ({@code null} otherwise). Carried in the CloudEvents {@code actor}
 * extension of every event.
 */
public record Actor(String subject, String role, String member) {

    public static final Actor SYSTEM = new Actor("charter", "system", null);

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
    }
}
