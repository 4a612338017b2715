package org.charter.audit.retally.adapter;

import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.charter.audit.replay.History;
import org.charter.audit.replay.adapter.LedgerHistory;
import org.charter.audit.replay.adapter.TopicHistory;
import org.charter.audit.retally.Discrepancy;
import org.charter.audit.retally.Retally;
import org.charter.audit.retally.Retallying;
import org.charter.platform.error.InvalidRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-tally of every closed outcome, for auditors only: a read (auditors change nothing); the
 * service's own {@link RetallyClock} records each discrepancy, and no result is ever changed.
 */
@RestController
@RequestMapping("/api/v1/retally")
@PreAuthorize("hasRole('AUDITOR')")
class RetallyController {

    private final LedgerHistory ledger;
    private final TopicHistory topics;
    private final DiscrepancyReports reports;

    RetallyController(LedgerHistory ledger, TopicHistory topics, DiscrepancyReports reports) {
        this.ledger = ledger;
        this.topics = topics;
        this.reports = reports;
    }

    record DiscrepancyView(String kind, String id, String reason, String recorded, String recounted, String rule, String detail,
                           boolean reported) {
    }

    record RetallyView(boolean ok, String source, long counted, long matched, List<DiscrepancyView> discrepancies,
                       List<String> unreadable) {
    }

    @GetMapping
    @Operation(summary = "Re-tally every closed poll and election contest from its raw votes or ballots and compare with the recorded result",
            description = "Every counted consensus round and formal vote (budget votes included) is recounted from the "
                    + "members' vote streams with the committee's own Tallying on the voting library, the electorate and "
                    + "threshold as recorded at opening, the rights lost inside the window re-derived from the membership "
                    + "facts recorded by the count. Every counted election contest (kind CONTEST) is recounted from the "
                    + "anonymised ballots its count published, with the election's own countable contest, the method and "
                    + "the revealed seed, and compared with the published count and Merkle root; its revealed seed must hash (SHA-256) to the value published before the ballot opened (reason SEED_NOT_AS_COMMITTED, else RECOUNT_DIFFERS). The service's own periodic re-tally records each difference once "
                    + "as AuditDiscrepancy.v3 on charter.audit.events (reported: whether it has); no result is changed. "
                    + "source: ledger (default) or topics.")
    RetallyView retally(@Parameter(description = "ledger (default) or topics") @RequestParam(defaultValue = "ledger") String source) {
        History history = switch (source) {
            case "ledger" -> ledger;
            case "topics" -> topics;
            default -> throw new InvalidRequest("RETALLY_SOURCE_INVALID", "source must be ledger or topics, was: " + source);
        };
        Retally retally;
        retally = new Retallying().run(history);
        List<DiscrepancyView> found = retally.discrepancies().stream().map(d -> view(d, reports.reported(d))).toList();
        return new RetallyView(retally.ok(), source, retally.counted(), retally.matched(), found, retally.unreadable());
    }

    private static DiscrepancyView view(Discrepancy d, boolean reported) {
        return new DiscrepancyView(d.kind(), d.id(), d.reason().name(), d.recorded(), d.recounted(), d.rule(), d.detail(), reported);
    }
}
