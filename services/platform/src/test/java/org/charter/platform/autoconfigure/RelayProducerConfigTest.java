package org.charter.platform.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class RelayProducerConfigTest {

    @Test
    void the_relays_producer_is_bounded_in_memory_and_in_time_while_the_broker_is_away() {
        Map<String, Object> config = CharterEventsAutoConfiguration.relayProducerConfig(Map.of());

        assertThat(config).containsEntry(ProducerConfig.BUFFER_MEMORY_CONFIG, 32L * 1024 * 1024)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Kafka refuses to start a producer whose delivery timeout is below linger plus request timeout
        assertThat((int) config.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG))
                .isGreaterThanOrEqualTo((int) config.get(ProducerConfig.LINGER_MS_CONFIG)
                        + (int) config.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG));
    }

    @Test
    void a_services_own_producer_settings_win_but_not_over_idempotence_and_acks() {
        Map<String, Object> config = CharterEventsAutoConfiguration.relayProducerConfig(Map.of(
                ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * 1024 * 1024,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000,
                ProducerConfig.ACKS_CONFIG, "1"));

        assertThat(config).containsEntry(ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * 1024 * 1024)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }
}
