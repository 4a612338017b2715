package org.charter.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.io.EOFException;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.UnreadableEvent;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

class InfrastructureFailuresTest {

    @Test
    void an_unreachable_or_slow_database_is_transient_however_deeply_wrapped() {
        var timeout = new MongoTimeoutException("Timed out while waiting for a server");
        var refused = new MongoSocketOpenException("Exception opening socket", new ServerAddress());

        assertThat(InfrastructureFailures.isTransient(new BatchListenerFailedException("x", timeout, 0))).isTrue();
        assertThat(InfrastructureFailures.isTransient(new RuntimeException(refused))).isTrue();
    }

    @Test
    void a_broken_event_or_a_refusal_by_rule_is_not() {
        var unreadable = new UnreadableEvent("data is not valid", new EOFException("end of input"));

        assertThat(InfrastructureFailures.isTransient(new BatchListenerFailedException("x", unreadable, 0))).isFalse();
        assertThat(InfrastructureFailures.isTransient(new RuleViolation("NOT_ELIGIBLE", "no"))).isFalse();
        assertThat(InfrastructureFailures.isTransient(new IllegalStateException("boom"))).isFalse();
    }
}
