package org.charter.platform.event;

/**
 * A past-tense fact recorded by an aggregate. Implementations are Java records annotated with
 * {@link EventType}; their JSON form is the CloudEvents {@code data} and must validate against
 * the schema in {@code docs/events/}.
 */
public interface DomainEvent {
}
