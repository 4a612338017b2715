package org.charter.audit.retally.adapter;

import java.time.Clock;
import java.util.List;
import org.charter.audit.retally.AuditDiscrepancy;
import org.charter.audit.retally.Discrepancy;
import org.charter.platform.event.CommandContext;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/**
 * Records each discrepancy once as {@code AuditDiscrepancy.v3} in the audit service's own event
 * store, whose relay publishes it on {@code charter.audit.events}: one stream per outcome
 * ({@code discrepancy:<kind>:<id>}), so a second re-tally finding the same difference adds nothing.
 */
final class DiscrepancyReports {

    private final EventStore store;
    private final Clock clock;

    DiscrepancyReports(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether this call recorded it (false: an earlier re-tally already had). */
    boolean report(Discrepancy d, CommandContext context) {
        AppendResult result = store.append(streamOf(d), EventStore.NO_STREAM,
                List.of(new AuditDiscrepancy(d.kind(), d.id(), d.reason().name(), d.recorded(), d.recounted(), d.rule(), d.detail(), clock.instant())),
                context);
        return result instanceof AppendResult.Appended;
    }

    /** Whether it has been recorded. */
    boolean reported(Discrepancy d) {
        return store.version(streamOf(d)) != EventStore.NO_STREAM;
    }

    private static String streamOf(Discrepancy d) {
        return "discrepancy:" + d.kind() + ":" + d.id();
    }
}
