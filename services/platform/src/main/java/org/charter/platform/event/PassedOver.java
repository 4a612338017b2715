package org.charter.platform.event;

/**
 * An event type a service declares only to pass over it: a fact of a topic it reads for other
 * types, named so that it is not taken for a newer, unknown type. A consumer skips such an event
 * by its type alone (the record's {@code ce_type} header): its data is not read, no handler sees
 * it, and it is not recorded as applied, since nothing was. On a topic where every vote is an
 * event, this keeps a service that ignores votes from decoding and remembering each one.
 */
public interface PassedOver extends DomainEvent {
}
