package org.charter.platform.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapper of {@link EventJson#sharingRepeatedStrings}: the platform's own ({@link
 * EventJson#newMapper()}), the same records from the same JSON, except that a short string value
 * met again (a stream's id in each of its events, a poll's, a member's) is the String read the
 * first time. A reader that holds a record per event (the audit's replay of a whole context) then
 * holds repeated ids once, not once per event. The strings kept are bounded: at most {@value #KEPT}
 * of at most {@value #SHORT} characters, forgotten all at once when full.
 */
final class RepeatedStrings {

    static final int SHORT = 64;
    static final int KEPT = 100_000;

    /** Thread-safe once made, as Jackson's mappers are: every kind shares it. */
    static final ObjectMapper MAPPER = EventJson.newMapper()
            .registerModule(new SimpleModule("replay-repeated-strings").addDeserializer(String.class, new Repeated()));

    private RepeatedStrings() {
    }

    private static final class Repeated extends StdScalarDeserializer<String> {

        private final ConcurrentHashMap<String, String> kept = new ConcurrentHashMap<>();

        private Repeated() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String read = StringDeserializer.instance.deserialize(parser, context);
            if (read == null || read.length() > SHORT) {
                return read;
            }
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            String earlier = kept.putIfAbsent(read, read);
            return earlier == null ? read : earlier;
        }
    }
}
