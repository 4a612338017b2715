package org.charter.platform.aggregate;

import org.charter.platform.event.DomainEvent;

/**
 * An aggregate rebuilt from its own events: {@link #apply} changes its state by one recorded
 * fact, and {@link #version} counts the facts applied, which is the version its stream is at.
 */
public interface EventSourced<E extends DomainEvent> {

    void apply(E event);

    long version();
}
