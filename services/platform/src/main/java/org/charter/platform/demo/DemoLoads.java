package org.charter.platform.demo;

import java.time.Instant;
import java.util.Map;

/**
 * Port: which demo loads have happened, so a restart (or a second replica) does not load a demo
 * twice. A service's demo (plain Java, in its domain) claims its load by name before it begins.
 */
public interface DemoLoads {

    /** Claims the load {@code name}; false when it was claimed before (loaded, or begun and interrupted). */
    boolean claim(String name, Instant at);

    /** Records what the load produced (ids by role) and when it finished. */
    void finished(String name, Map<String, String> produced, Instant at);
}
