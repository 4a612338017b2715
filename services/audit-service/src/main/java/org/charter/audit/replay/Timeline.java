package org.charter.audit.replay;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.platform.error.InvalidRequest;

/**
 * Which of an event's two dates replay goes by. {@link #RECORDED}: when the service appended it,
 * so the state is what the service held at the instant. {@link #EFFECTIVE}: when the fact takes
 * effect (DOMAIN.md §1.3: "state as of T = last transition with {@code effectiveAt ≤ T}"), so the
 * state is what the rules say it was then, from every event recorded so far, back-dated ones
 * included. An event that states no effective date (a motion's, a budget's) takes effect when it
 * was recorded.
 */
public enum Timeline {
    RECORDED, EFFECTIVE;

    private static final Map<Class<?>, Optional<Method>> EFFECTIVE_AT = new ConcurrentHashMap<>();

    /** The timeline a request names ({@code recorded} or {@code effective}); 400 {@code REPLAY_BY_INVALID} otherwise. */
    public static Timeline named(String name) {
        for (Timeline timeline : values()) {
            if (timeline.name().equalsIgnoreCase(name)) {
                return timeline;
            }
        }
        throw new InvalidRequest("REPLAY_BY_INVALID", "by must be recorded (as the service held it then) or effective "
                + "(as the rules say it was then, by the facts' effective dates), was: " + name);
    }

    /** The name a request uses. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The instant an event counts from on this timeline: its recorded time, or the effective date
     * its own record states ({@code effectiveAt()}, as the services' effective-dated events name it),
     * else its recorded time. Null when it has neither (it counts as always known).
     */
    Instant of(Object event, Instant recorded) {
        if (this == RECORDED) {
            return recorded;
        }
        return effectiveAt(event).orElse(recorded);
    }

    private static Optional<Instant> effectiveAt(Object event) {
        Optional<Method> method = EFFECTIVE_AT.computeIfAbsent(event.getClass(), type -> {
            try {
                Method m = type.getMethod("effectiveAt");
                return m.getReturnType() == Instant.class ? Optional.of(m) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        if (method.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((Instant) method.get().invoke(event));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the effective date of " + event.getClass().getName(), e);
        }
    }
}
