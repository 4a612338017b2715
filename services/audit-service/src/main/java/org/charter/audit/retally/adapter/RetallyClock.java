package org.charter.audit.retally.adapter;

import java.time.Duration;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.adapter.LedgerHistory;
import org.charter.audit.retally.Discrepancy;
import org.charter.audit.retally.Retally;
import org.charter.audit.retally.Retallying;
import org.charter.platform.clock.RepeatedWork;
import org.charter.platform.event.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own re-tally: every {@code charter.audit.retally-every}, when the ledger has grown
 * since the last run, re-tallies every counted poll and election contest from the ledger and records each new
 * discrepancy once as {@code AuditDiscrepancy.v3}. Auditors only read (the platform refuses them any
 * command), so the recording is the service's.
 */
class RetallyClock extends RepeatedWork {

    private static final Logger log = LoggerFactory.getLogger(RetallyClock.class);

    private final MongoLedgerStore store;
    private final LedgerHistory ledger;
    private final DiscrepancyReports reports;
    private long entriesAtLastRun = -1;

    RetallyClock(MongoLedgerStore store, LedgerHistory ledger, DiscrepancyReports reports, Duration every) {
        super("audit-retally-clock", every);
        this.store = store;
        this.ledger = ledger;
        this.reports = reports;
    }

    @Override
    protected void round() {
        tick();
    }

    void tick() {
        try {
            long entries = store.count();
            if (entries == entriesAtLastRun) {
                return;
            }
            Retally retally;
            retally = new Retallying().run(ledger);
            for (Discrepancy d : retally.discrepancies()) {
                if (reports.report(d, CommandContext.system())) {
                    log.warn("re-tally: {} {} was recorded {}, recounts {}: AuditDiscrepancy recorded ({})", d.kind(), d.id(),
                            d.recorded(), d.recounted(), d.detail());
                }
            }
            entriesAtLastRun = entries;
        } catch (RuntimeException e) {
            log.warn("the re-tally failed; the next tick tries again", e);
        }
    }
}
