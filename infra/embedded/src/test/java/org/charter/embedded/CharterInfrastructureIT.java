package org.charter.embedded;

import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@WithCharterInfrastructure
class CharterInfrastructureIT {

    @Test
    void every_call_to_shared_returns_the_same_endpoints() {
        assertThat(CharterInfrastructure.shared()).isEqualTo(CharterInfrastructure.shared());
        assertThat(CharterInfrastructure.shared()).isSameAs(CharterInfrastructureExtension.endpoints());
    }

    @Test
    void concurrent_callers_share_one_infrastructure() throws Exception {
        Set<Endpoints> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            pool.submit(() -> {
                go.await();
                return seen.add(CharterInfrastructure.shared());
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(1);
    }

    @Test
    void the_extension_points_spring_at_the_shared_infrastructure() {
        Endpoints endpoints = CharterInfrastructure.shared();
        assertThat(System.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(endpoints.kafkaBootstrapServers());
        assertThat(System.getProperty("charter.kafka.bootstrap-servers")).isEqualTo(endpoints.kafkaBootstrapServers());
        assertThat(System.getProperty("spring.data.mongodb.uri")).isEqualTo(endpoints.mongoUri());
        assertThat(System.getProperty("charter.mongodb.uri")).isEqualTo(endpoints.mongoUri());
        assertThat(endpoints.kafkaBootstrapServers()).startsWith("127.0.0.1:");
        assertThat(endpoints.mongoUri()).startsWith("mongodb://127.0.0.1:");
    }
}
