package org.charter.platform.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record: its CloudEvents type is {@code charter.<context>.<name>.v<version>}.
 * A published type never changes; a changed shape is a new version and a new record. The
 * context is the service's ({@code charter.service.context}), so a service's own events name
 * none; a record of another context's event, which a consumer declares, names that context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    /** Another bounded context's event; empty for the service's own events. */
    String context() default "";

    String name();

    int version();
}
