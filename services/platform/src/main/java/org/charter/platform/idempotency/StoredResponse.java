package org.charter.platform.idempotency;

import java.util.List;
import java.util.Map;

/** The first answer to a command, kept so a retry with the same key gets it again. */
public record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public StoredResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Successes and the caller's own mistakes are answers worth repeating; server failures are not. */
    public boolean isWorthKeeping() {
        return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status != 401 && status != 408
                && status != 429);
    }
}
