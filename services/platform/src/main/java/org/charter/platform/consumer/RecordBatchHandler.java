package org.charter.platform.consumer;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Receives each polled batch of raw records in order, with their topic, partition and offset,
 * for a consumer that keeps the records themselves rather than applying typed events (the audit
 * ledger). The handler owns its idempotency: a batch may come again after a crash.
 *
 * <p>To name the record that failed, throw Spring Kafka's {@code BatchListenerFailedException} with
 * its index: the records before it are committed, it is retried (for ever while the infrastructure
 * is away) or dead-lettered like any subscription's record; any other exception retries the batch.
 */
@FunctionalInterface
public interface RecordBatchHandler {

    void handle(List<ConsumerRecord<String, byte[]>> records);
}
