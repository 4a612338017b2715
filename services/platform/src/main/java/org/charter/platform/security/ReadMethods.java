package org.charter.platform.security;

import java.util.Set;

/** The HTTP methods that only read; every other method is a command. */
public final class ReadMethods {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private ReadMethods() {
    }

    public static boolean isRead(String method) {
        return method != null && READS.contains(method.toUpperCase(java.util.Locale.ROOT));
    }
}
