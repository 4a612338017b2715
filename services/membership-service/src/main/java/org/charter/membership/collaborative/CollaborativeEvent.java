package org.charter.membership.collaborative;

import java.time.Instant;
import java.util.List;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/** The facts recorded on a collaborative's stream. */
public sealed interface CollaborativeEvent extends DomainEvent {

    String collaborativeId();

    @EventType(name = "CollaborativeCreated", version = 1)
    record CollaborativeCreated(String collaborativeId, String name, String description, Instant createdAt)
            implements CollaborativeEvent {
    }

    /** A member takes part in one program year, paying {@code feeCents} (integer USD cents), with named participants. */
    @EventType(name = "MemberEnrolled", version = 1)
    record MemberEnrolled(String collaborativeId, String memberId, String programYear, long feeCents,
                          List<String> participants, Instant enrolledAt) implements CollaborativeEvent {
        public MemberEnrolled {
            participants = List.copyOf(participants);
        }
    }

    @EventType(name = "MemberLeftCollaborative", version = 1)
    record MemberLeftCollaborative(String collaborativeId, String memberId, String programYear, Instant effectiveAt)
            implements CollaborativeEvent {
    }
}
