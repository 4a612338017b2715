package org.charter.platform.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a CloudEvents type {@code charter.<context>.<Name>.v<N>}: the bounded context
 * (lowercase), the past-tense fact (UpperCamelCase) and its version (from 1).
 */
public record EventTypeName(String context, String name, int version) {

    private static final Pattern CONTEXT = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern TYPE = Pattern.compile("charter\\.([a-z][a-z0-9]*)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)");

    public EventTypeName {
        if (context == null || !CONTEXT.matcher(context).matches()) {
            throw new IllegalArgumentException("event context must be lowercase letters and digits, was: " + context);
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("event name must be UpperCamelCase letters and digits, was: " + name);
        }
        if (version < 1) {
            throw new IllegalArgumentException("event version must be 1 or more, was: " + version);
        }
    }

    /** The name of an annotated record, in its own context unless the annotation names another. */
    public static EventTypeName of(EventType annotation, String ownContext) {
        String context = annotation.context().isEmpty() ? ownContext : annotation.context();
        if (context == null) {
            throw new IllegalArgumentException("event " + annotation.name() + " names no context: build the registry"
                    + " with the service's context (charter.service.context), or name another context in @EventType");
        }
        return new EventTypeName(context, annotation.name(), annotation.version());
    }

    /** Parses {@code charter.<context>.<Name>.v<N>}; anything else is refused with the reason. */
    public static EventTypeName parse(String type) {
        Matcher m = type == null ? null : TYPE.matcher(type);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a Charter event type (charter.<context>.<Name>.v<N>): " + type);
        }
        return new EventTypeName(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return "charter." + context + "." + name + ".v" + version;
    }
}
