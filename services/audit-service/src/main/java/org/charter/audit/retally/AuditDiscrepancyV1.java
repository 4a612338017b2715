package org.charter.audit.retally;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * A poll's re-tally differed from its record, as recorded before contests were re-tallied too: the
 * same fields as {@link AuditDiscrepancyV2}, which added the kind {@code CONTEST}. Never
 * recorded any more; kept so the streams that hold one still read.
 */
@EventType(name = "AuditDiscrepancy", version = 1)
public record AuditDiscrepancyV1(String kind, String id, String recorded, String recounted, String rule, String detail,
                                 Instant detectedAt) implements DomainEvent {
}
