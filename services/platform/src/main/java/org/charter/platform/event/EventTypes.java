package org.charter.platform.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of the event records a service knows: CloudEvents type to record class and
 * back. Built once at startup from the records a service declares; immutable afterwards.
 */
public final class EventTypes {

    private final Map<String, Class<? extends DomainEvent>> classByType;
    private final Map<Class<?>, String> typeByClass;

    private EventTypes(Map<String, Class<? extends DomainEvent>> classByType, Map<Class<?>, String> typeByClass) {
        this.classByType = Map.copyOf(classByType);
        this.typeByClass = Map.copyOf(typeByClass);
    }

    /** The registry of records that each name their context. */
    @SafeVarargs
    public static EventTypes of(Class<? extends DomainEvent>... classes) {
        return of(null, List.of(classes));
    }

    /** The registry of a service's records: those that name no context are the service's own. */
    @SafeVarargs
    public static EventTypes of(String ownContext, Class<? extends DomainEvent>... classes) {
        return of(ownContext, List.of(classes));
    }

    public static EventTypes of(String ownContext, Collection<Class<? extends DomainEvent>> classes) {
        Map<String, Class<? extends DomainEvent>> classByType = new LinkedHashMap<>();
        Map<Class<?>, String> typeByClass = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> c : classes) {
            String type = typeNameOf(c, ownContext).toString();
            Class<?> previous = classByType.putIfAbsent(type, c);
            if (previous != null && previous != c) {
                throw new IllegalArgumentException("event type " + type + " is declared twice: by "
                        + previous.getName() + " and by " + c.getName());
            }
            typeByClass.put(c, type);
        }
        return new EventTypes(classByType, typeByClass);
    }

    private Map<Class<?>, String> mergedTypes(EventTypes other) {
        Map<Class<?>, String> all = new LinkedHashMap<>(typeByClass);
        other.typeByClass.forEach((c, type) -> {
            String previous = all.putIfAbsent(c, type);
            if (previous != null && !previous.equals(type)) {
                throw new IllegalArgumentException(c.getName() + " is named twice: " + previous + " and " + type);
            }
        });
        return all;
    }

    /**
     * The type name of an event record in a service's context (a record naming another context
     * keeps it); refuses classes that are not annotated records.
     */
    public static EventTypeName typeNameOf(Class<?> c, String ownContext) {
        if (!DomainEvent.class.isAssignableFrom(c) || !c.isRecord()) {
            throw new IllegalArgumentException(c.getName() + " must be a record implementing DomainEvent");
        }
        EventType annotation = c.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(c.getName() + " must be annotated with @EventType");
        }
        return EventTypeName.of(annotation, ownContext);
    }

    /** This registry plus another's types (for a service that also reads other contexts' events). */
    public EventTypes and(EventTypes other) {
        Map<String, Class<? extends DomainEvent>> all = new LinkedHashMap<>(classByType);
        all.putAll(other.classByType);
        return new EventTypes(all, mergedTypes(other));
    }

    /** The CloudEvents type of an event; refuses an event whose record was not declared. */
    public String typeOf(DomainEvent event) {
        return typeOf(event.getClass());
    }

    public String typeOf(Class<?> eventClass) {
        String type = typeByClass.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName()
                    + " is not a declared event type of this service; declare it in its EventTypes");
        }
        return type;
    }

    public Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(classByType.get(type));
    }

    public boolean knows(String type) {
        return classByType.containsKey(type);
    }

    /** Whether the type is declared only to be passed over ({@link PassedOver}). */
    public boolean passesOver(String type) {
        Class<? extends DomainEvent> c = classByType.get(type);
        return c != null && PassedOver.class.isAssignableFrom(c);
    }

    public Set<String> types() {
        return classByType.keySet();
    }

    @Override
    public String toString() {
        return "EventTypes" + classByType.keySet();
    }
}
