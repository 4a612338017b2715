package org.charter.platform.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record: its CloudEvents type is {@code charter.<context>.<name>.v<version>}.
 * A published type never changes; a changed shape is a new version and a new record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String context();

    String name();

    int version();
}
