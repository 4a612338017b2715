package org.charter.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The JSON form of event data: what is stored, what goes on the wire and what the schemas in
 * {@code docs/events/} describe. Instants are ISO-8601 strings, never epoch numbers.
 */
public final class EventJson {

    private final EventTypes types;
    private final ObjectMapper mapper;

    public EventJson(EventTypes types) {
        this(types, newMapper());
    }

    private EventJson(EventTypes types, ObjectMapper mapper) {
        this.types = types;
        this.mapper = mapper;
    }

    /**
     * For a reader that holds many records at once: the same records from the same JSON, a short
     * string value met again being the String read the first time ({@link RepeatedStrings}).
     */
    public static EventJson sharingRepeatedStrings(EventTypes types) {
        return new EventJson(types, RepeatedStrings.MAPPER);
    }

    /** The JSON mapper Charter uses for event data and snapshots. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("charter-instants").addDeserializer(Instant.class, new IsoInstants()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // a tolerant reader: a field this version does not know is ignored, a missing primitive is not
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    public EventTypes types() {
        return types;
    }

    public String write(DomainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.getClass().getName() + " as JSON", e);
        }
    }

    public DomainEvent read(String type, String json) {
        return read(type, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the data of an event of the given type; {@link UnknownEventType} when it is not declared. */
    public DomainEvent read(String type, byte[] json) {
        Class<? extends DomainEvent> c = types.classOf(type).orElseThrow(() -> new UnknownEventType(type));
        if (json == null || json.length == 0) {
            throw new UnreadableEvent("event of type " + type + " has no data");
        }
        try {
            return mapper.readValue(json, c);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableEvent("data is not a valid " + type + ": " + e.getMessage(), e);
        }
    }
}
