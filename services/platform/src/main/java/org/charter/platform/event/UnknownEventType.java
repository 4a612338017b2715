package org.charter.platform.event;

/**
 * A well-formed event of a type this service does not declare, e.g. a newer version from an
 * upgraded producer. Consumers skip it (logged and counted) rather than dead-lettering it.
 */
public class UnknownEventType extends UnreadableEvent {

    private final String type;

    public UnknownEventType(String type) {
        super("unknown event type " + type + ": not declared in this service's EventTypes");
        this.type = type;
    }

    public String type() {
        return type;
    }
}
