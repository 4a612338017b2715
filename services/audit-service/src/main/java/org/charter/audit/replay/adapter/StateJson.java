package org.charter.audit.replay.adapter;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charter.audit.replay.Replayed;

/**
 * A replayed aggregate as JSON: every field of the service's own object, as it holds it (the
 * aggregates keep their state private and have no JSON form of their own; this reads the fields,
 * so nothing of a service's state is left out or re-derived here). Properties and map keys in
 * alphabetical order, so two replays of the same state are the same text.
 */
public final class StateJson {

    private static final ObjectMapper FIELDS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private StateJson() {
    }

    /** The state of an aggregate (or of anything it holds) as JSON. */
    public static JsonNode of(Object state) {
        return FIELDS.valueToTree(state);
    }

    /** The answer of a replay: what was replayed, as of when, at which version, and the state. */
    public static Map<String, Object> view(Replayed replayed, String source) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", replayed.kind());
        view.put("id", replayed.id());
        view.put("asOf", replayed.asOf().toString());
        view.put("source", source);
        view.put("by", replayed.by().label());
        view.put("version", replayed.version());
        view.put("lastEventAt", replayed.lastEventAt() == null ? null : replayed.lastEventAt().toString());
        view.put("state", of(replayed.state()));
        return view;
    }
}
