package org.charter.audit.retally;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * A re-tally differed from its record, as recorded before the reason was stated: the fields of
 * {@link AuditDiscrepancy} but its {@code reason} (every one of these is a recount that differs).
 * Version 2: version 1 ({@link AuditDiscrepancyV1}) knew polls only. Never recorded any more; kept
 * so the streams that hold one still read.
 *
 * @param kind      what was re-tallied: {@code POLL} (a consensus round or formal vote, budget votes included)
 *                  or {@code CONTEST} (an election contest)
 * @param id        its id (a poll id, a contest id)
 * @param recorded  the outcome as recorded, e.g. {@code CONSENSUS}; a contest's elected candidates as its count names them
 * @param recounted the outcome the re-tally found, e.g. {@code BLOCKED}
 * @param rule      the rule recorded with the result, which the re-tally applied (a contest's count method)
 * @param detail    what differs (outcome, counts, roll call), for a person to read
 */
@EventType(name = "AuditDiscrepancy", version = 2)
public record AuditDiscrepancyV2(String kind, String id, String recorded, String recounted, String rule, String detail,
                               Instant detectedAt) implements DomainEvent {
}
