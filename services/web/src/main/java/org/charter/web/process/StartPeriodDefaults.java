package org.charter.web.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.web.api.GatewayApi;
import org.springframework.stereotype.Component;

/**
 * The periods a process's start may override, at their defaults, as the workflow gives them
 * ({@code GET /api/v1/processes/{key}/periods}): by name in the start's order, as a secretary
 * writes them ({@code P45D}). Kept a while per process, since they change only when the workflow
 * service is deployed anew; read again after that while, so a new deployment's defaults show.
 */
@Component
public class StartPeriodDefaults {

    private static final Duration KEPT = Duration.ofMinutes(10);

    private record Kept(Map<String, String> periods, Instant until) {
    }

    private final GatewayApi api;
    private final Map<String, Kept> byProcess = new ConcurrentHashMap<>();

    StartPeriodDefaults(GatewayApi api) {
        this.api = api;
    }

    /** The defaults of the process's start periods; asked with the person's token when not kept. */
    Map<String, String> of(String process, String token) {
        Kept kept = byProcess.get(process);
        if (kept != null && Instant.now().isBefore(kept.until())) {
            return kept.periods();
        }
        JsonNode answer = api.get("/api/v1/processes/{process}/periods", token, process);
        Map<String, String> periods = new LinkedHashMap<>();
        answer.path("periods").fields().forEachRemaining(period -> periods.put(period.getKey(), period.getValue().asText()));
        Map<String, String> read = Collections.unmodifiableMap(periods);
        byProcess.put(process, new Kept(read, Instant.now().plus(KEPT)));
        return read;
    }

    /** Forgets what was kept (tests whose gateway answers differently each time). */
    public void forget() {
        byProcess.clear();
    }
}
