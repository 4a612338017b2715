package org.charter.platform.relay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.platform.error.NotFound;
import org.charter.platform.eventstore.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

/**
 * {@code /actuator/outbox} (admins only): lists the parked commits and releases them once their
 * cause is fixed (a broker's message limit raised, say). A released commit is pending again: the
 * relay sends it on its next round, and parks it again if Kafka still refuses it.
 */
@WebEndpoint(id = "outbox")
public class OutboxEndpoint {

    private static final Logger log = LoggerFactory.getLogger(OutboxEndpoint.class);

    private final Outbox outbox;
    private final OutboxRelay relay;

    /** @param relay this instance's relay, or null when another instance relays */
    public OutboxEndpoint(Outbox outbox, OutboxRelay relay) {
        this.outbox = outbox;
        this.relay = relay;
    }

    /** {@code GET /actuator/outbox}: the parked commits, and how many are pending when this instance relays. */
    @ReadOperation
    public Map<String, Object> outbox() {
        Map<String, Object> answer = new LinkedHashMap<>();
        if (relay != null) {
            RelayState state = relay.state();
            answer.put("topic", relay.topic());
            answer.put("pending", state.pending());
            if (state.failingSince() != null) {
                answer.put("failingSince", state.failingSince().toString());
                answer.put("lastFailure", state.lastFailure());
            }
        }
        answer.put("parked", OutboxRelayHealthIndicator.describe(outbox.parked()));
        return answer;
    }

    /** {@code POST /actuator/outbox/{id}}: releases one parked commit. */
    @WriteOperation
    public Map<String, Object> release(@Selector String id) {
        Outbox.Entry released = outbox.release(id).orElseThrow(() -> new NotFound("PARKED_COMMIT_NOT_FOUND",
                "no parked commit has the id '" + id + "'; GET /actuator/outbox lists them"));
        log.warn("released parked commit {} of stream {} (id {}); it is sent again", released.key(),
                released.streamId(), id);
        wakeRelay();
        return Map.of("released", List.of(OutboxRelayHealthIndicator.describe(released)));
    }

    /** {@code POST /actuator/outbox}: releases every parked commit. */
    @WriteOperation
    public Map<String, Object> releaseAll() {
        List<Map<String, Object>> released = outbox.parked().stream()
                .flatMap(p -> outbox.release(p.parked().id()).stream())
                .map(OutboxRelayHealthIndicator::describe)
                .toList();
        log.warn("released {} parked commits; they are sent again", released.size());
        wakeRelay();
        return Map.of("released", released);
    }

    private void wakeRelay() {
        if (relay != null) {
            relay.wake();
        }
    }
}
