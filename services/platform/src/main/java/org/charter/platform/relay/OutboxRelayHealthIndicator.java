package org.charter.platform.relay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.platform.eventstore.Outbox;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The {@code outboxRelay} health component: {@code WARNING} while commits are parked (each named
 * with its reason and the id that releases it), else {@code UP}; with the pending count, and
 * since when and why rounds fail while they do (a broker away). {@code WARNING} ranks below
 * {@code UP} in the platform's status order and answers 200, so the service's own status stays
 * {@code UP}: it still takes commands, and a parked commit is a matter for an operator, not a
 * reason for a load balancer to take the instance out.
 */
public class OutboxRelayHealthIndicator implements HealthIndicator {

    public static final Status WARNING = new Status("WARNING",
            "commits are parked: Kafka refuses them; their streams wait until an operator releases them");

    /** Parked commits named in the health answer; the outbox endpoint lists them all. */
    static final int LISTED = 20;

    private final OutboxRelay relay;

    public OutboxRelayHealthIndicator(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public Health health() {
        RelayState state = relay.state();
        Health.Builder health = state.parked().isEmpty() ? Health.up() : Health.status(WARNING);
        health.withDetail("topic", relay.topic())
                .withDetail("running", relay.isRunning())
                .withDetail("pending", state.pending())
                .withDetail("parkedCount", state.parked().size());
        if (!state.parked().isEmpty()) {
            health.withDetail("parked", state.parked().stream().limit(LISTED).map(OutboxRelayHealthIndicator::describe)
                    .toList());
            health.withDetail("release", "POST /actuator/outbox/{id} (admin) once the cause is fixed");
        }
        if (state.failingSince() != null) {
            health.withDetail("failingSince", state.failingSince().toString())
                    .withDetail("failedRounds", state.failedRounds())
                    .withDetail("lastFailure", state.lastFailure());
        }
        return health.build();
    }

    static Map<String, Object> describe(Outbox.Entry entry) {
        Map<String, Object> parked = new LinkedHashMap<>();
        parked.put("id", entry.parked().id());
        parked.put("stream", entry.streamId());
        parked.put("sequence", entry.sequence());
        parked.put("reason", entry.parked().reason());
        parked.put("parkedAt", entry.parked().at().toString());
        return parked;
    }

    static List<Map<String, Object>> describe(List<Outbox.Entry> entries) {
        return entries.stream().map(OutboxRelayHealthIndicator::describe).toList();
    }
}
