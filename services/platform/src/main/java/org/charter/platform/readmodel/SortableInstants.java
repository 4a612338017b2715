package org.charter.platform.readmodel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants in read-model documents as fixed-width UTC strings with nanoseconds
 * ({@code 2025-07-01T07:00:00.000000000Z}): they compare in a query as the instants do, and read
 * back exactly, where a BSON date would keep milliseconds only.
 */
public final class SortableInstants {

    /** Later than any instant a read model stores: "until further notice". */
    public static final String FOREVER = "9999-12-31T23:59:59.999999999Z";

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private SortableInstants() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
