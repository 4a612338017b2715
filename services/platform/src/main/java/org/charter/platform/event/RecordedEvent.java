package org.charter.platform.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored and as published: the domain fact plus its envelope attributes.
 *
 * @param id          CloudEvents {@code id}
 * @param type        CloudEvents {@code type}, e.g. {@code charter.membership.MemberAdmitted.v1}
 * @param streamId    the aggregate id (CloudEvents {@code subject}, Kafka record key)
 * @param sequence    the event's version within its stream, from 1 (extension {@code sequence})
 * @param time        server time of the append
 * @param data        the domain fact
 */
public record RecordedEvent(
        UUID id,
        String type,
        String streamId,
        long sequence,
        Instant time,
        String correlationId,
        String causationId,
        Actor actor,
        DomainEvent data) {
}
