package org.charter.platform.sample;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.kafka.EventTopics;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** A service as a Charter service is wired: a context name, event records, a subscription. */
@SpringBootApplication
public class SampleApplication {

    /** What the subscription saw, with the correlation id that was in the logging context. */
    public record Seen(RecordedEvent event, String mdcCorrelationId) {
    }

    public static final List<Seen> SEEN = new CopyOnWriteArrayList<>();

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    EventSubscription ticketWatcher(Environment env) {
        String topic = EventTopics.of(env.getRequiredProperty("charter.service.context"));
        return EventSubscription.of("sample-watcher", e -> SEEN.add(new Seen(e, MDC.get("correlationId"))), topic);
    }
}
