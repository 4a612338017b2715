package org.charter.audit.ledger.adapter;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charter.audit.*}: the contexts whose topics {@code charter.<context>.events} the ledger
 * records, and how many entries a checkpoint covers.
 */
@ConfigurationProperties("charter.audit")
public record LedgerProperties(List<String> contexts, Integer checkpointEvery) {

    public LedgerProperties {
        contexts = contexts == null || contexts.isEmpty()
                ? List.of("membership", "committee", "budget", "election", "workflow", "notification", "audit")
                : List.copyOf(contexts);
        checkpointEvery = checkpointEvery == null ? 1_000 : checkpointEvery;
    }
}
