package org.charter.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchMessageListener;

/** Hands each polled batch to a subscription's {@link RecordBatchHandler}, counting what it received. */
final class RecordBatchListener implements BatchMessageListener<String, byte[]> {

    private final RecordBatchHandler handler;
    private final Counter received;

    RecordBatchListener(EventSubscription subscription, MeterRegistry meters) {
        this.handler = subscription.records();
        this.received = Counter.builder("charter.consumer.records").tag("group", subscription.group())
                .description("records handed to a record-batch handler").register(meters);
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        handler.handle(records);
        received.increment(records.size());
    }
}
