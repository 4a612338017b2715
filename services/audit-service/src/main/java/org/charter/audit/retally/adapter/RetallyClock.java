package org.charter.audit.retally.adapter;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.charter.audit.ledger.LedgerEntry;
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
 * discrepancy once as {@code AuditDiscrepancy.v3}, when a second run has found it again. Auditors only read (the platform refuses them any
 * command), so the recording is the service's.
 */
class RetallyClock extends RepeatedWork {

    private static final Logger log = LoggerFactory.getLogger(RetallyClock.class);

    private final MongoLedgerStore store;
    private final LedgerHistory ledger;
    private final DiscrepancyReports reports;
    private long entriesAtLastRun = -1;
    /** The differences the last run found for the first time: recorded when the next run finds them again. */
    private final Set<String> unconfirmed = new HashSet<>();

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
            if (entries == entriesAtLastRun && unconfirmed.isEmpty()) {
                return;
            }
            Optional<LedgerEntry> last = store.last();
            if (last.isEmpty()) {
                entriesAtLastRun = entries;
                return;
            }
            // up to the last entry when it began: entries appended while it reads do not matter
            Retally retally = new Retallying().run(ledger.upTo(last.get().position()));
            // it reads the ledger in many queries (one per poll), so an entry rewritten under it (never, but by
            // tampering) may have been read half-way: a difference is recorded once a second run finds it again
            Set<String> found = new HashSet<>();
            for (Discrepancy d : retally.discrepancies()) {
                String key = d.kind() + "/" + d.id() + "/" + d.recounted() + "/" + d.detail();
                found.add(key);
                if (unconfirmed.contains(key) && reports.report(d, CommandContext.system())) {
                    log.warn("re-tally: {} {} was recorded {}, recounts {}: AuditDiscrepancy recorded ({})", d.kind(), d.id(),
                            d.recorded(), d.recounted(), d.detail());
                }
            }
            unconfirmed.retainAll(found);
            found.removeAll(unconfirmed);
            unconfirmed.clear();
            unconfirmed.addAll(found);
            entriesAtLastRun = entries;
        } catch (RuntimeException e) {
            log.warn("the re-tally failed; the next tick tries again", e);
        }
    }
}
