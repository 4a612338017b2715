package org.charter.platform.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.junit.jupiter.api.Test;

class KafkaRefusalsTest {

    @Test
    void a_record_too_large_or_invalid_is_refused_for_ever() {
        assertThat(KafkaRefusals.refusesForEver(new RecordTooLargeException("The message is 50100 bytes"))).isTrue();
        assertThat(KafkaRefusals.refusesForEver(new RecordBatchTooLargeException("batch"))).isTrue();
        assertThat(KafkaRefusals.refusesForEver(new InvalidRecordException("compacted topic without key"))).isTrue();
        assertThat(KafkaRefusals.refusesForEver(new InvalidTimestampException("too old"))).isTrue();
        assertThat(KafkaRefusals.refusesForEver(new SerializationException("cannot serialize"))).isTrue();
    }

    @Test
    void a_refusal_is_found_inside_the_future_that_carried_it() {
        var failure = new ExecutionException(new KafkaException("send failed", new RecordTooLargeException("big")));

        assertThat(KafkaRefusals.refusesForEver(failure)).isTrue();
        assertThat(KafkaRefusals.reason(failure)).isEqualTo(RecordTooLargeException.class.getName() + ": big");
    }

    @Test
    void a_broker_away_a_timeout_or_a_moving_leader_passes() {
        assertThat(KafkaRefusals.refusesForEver(new TimeoutException("Expiring 3 record(s) after 60000 ms"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new NetworkException("disconnected"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new NotLeaderOrFollowerException("moved"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new NotEnoughReplicasException("isr"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new InterruptException(new InterruptedException()))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new IllegalStateException("Cannot perform operation after producer has been closed")))
                .isFalse();
    }

    @Test
    void a_failure_that_would_refuse_every_commit_alike_does_not_park_them_one_by_one() {
        assertThat(KafkaRefusals.refusesForEver(new TopicAuthorizationException("no write on the topic"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new AuthenticationException("bad password"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new UnsupportedVersionException("old broker"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new ProducerFencedException("fenced"))).isFalse();
        assertThat(KafkaRefusals.refusesForEver(new OutOfOrderSequenceException("gap"))).isFalse();
    }

    @Test
    void a_retriable_cause_wins_over_what_wraps_it() {
        assertThat(KafkaRefusals.refusesForEver(new SerializationException("wrapped", new TimeoutException("t"))))
                .isFalse();
    }
}
