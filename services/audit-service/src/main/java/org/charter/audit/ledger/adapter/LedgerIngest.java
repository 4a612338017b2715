package org.charter.audit.ledger.adapter;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.charter.audit.ledger.IncomingEvent;
import org.charter.audit.ledger.Ledger;
import org.charter.platform.consumer.RecordBatchHandler;
import org.charter.platform.event.UnreadableEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Feeds each polled batch of every event topic to the ledger's sequencer. A record that is not a
 * CloudEvent is reported by its index after the records before it were appended, so the platform
 * dead-letters it and goes on; a failure of the append (the database away) retries the batch,
 * which the ledger then deduplicates.
 */
final class LedgerIngest implements RecordBatchHandler {

    private static final Logger log = LoggerFactory.getLogger(LedgerIngest.class);

    private final Ledger ledger;

    LedgerIngest(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void handle(List<ConsumerRecord<String, byte[]>> records) {
        List<IncomingEvent> batch = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                batch.add(CanonicalEvents.read(records.get(i)));
            } catch (UnreadableEvent e) {
                append(batch);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        append(batch);
    }

    private void append(List<IncomingEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Ledger.Appended appended = ledger.append(batch);
            log.debug("ledger: {} entries appended, {} redelivered events skipped", appended.entries().size(),
                    appended.duplicates());
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("cannot append to the ledger: " + e.getMessage(), e, 0);
        }
    }
}
