package org.charter.audit.retally;

import java.time.Instant;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventType;

/**
 * An auditor's re-tally of a closed outcome differs from the result its service recorded. A fact
 * about the audit, never a correction: the recorded result stands until its own service, by its
 * own procedure, records another (DOMAIN.md §7.4). Version 3: {@code reason} is new (version 2,
 * {@link AuditDiscrepancyV2}, was always a recount that differs).
 *
 * @param kind      what was re-tallied: {@code POLL} (a consensus round or formal vote, budget votes included)
 *                  or {@code CONTEST} (an election contest)
 * @param id        its id (a poll id, a contest id)
 * @param reason    {@link Discrepancy.Reason}: {@code RECOUNT_DIFFERS} or {@code SEED_NOT_AS_COMMITTED}
 * @param recorded  the outcome as recorded, e.g. {@code CONSENSUS}; a contest's elected candidates as its count names them
 * @param recounted the outcome the re-tally found, e.g. {@code BLOCKED}
 * @param rule      the rule recorded with the result, which the re-tally applied (a contest's count method)
 * @param detail    what differs (outcome, counts, roll call, the seed and its commitment), for a person to read
 */
@EventType(name = "AuditDiscrepancy", version = 3)
public record AuditDiscrepancy(String kind, String id, String reason, String recorded, String recounted, String rule,
                               String detail, Instant detectedAt) implements DomainEvent {
}
