package org.charter.audit.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Incoming events for tests: one per offset of a partition, with a small canonical body. */
final class Events {

    private Events() {
    }

    static IncomingEvent event(int n) {
        UUID id = new UUID(0x5EED, n);
        Instant time = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n);
        String body = "{\"data\":{\"n\":" + n + "},\"id\":\"" + id + "\",\"subject\":\"M-" + (n % 3)
                + "\",\"time\":\"" + time + "\",\"type\":\"charter.membership.MemberAdmitted.v1\"}";
        return new IncomingEvent(id, "charter.membership.events", n % 2, n / 2, "charter.membership.MemberAdmitted.v1",
                "M-" + (n % 3), time, body);
    }

    /** Events numbered {@code from} to {@code to - 1}. */
    static List<IncomingEvent> events(int from, int to) {
        List<IncomingEvent> events = new ArrayList<>();
        for (int n = from; n < to; n++) {
            events.add(event(n));
        }
        return events;
    }
}
