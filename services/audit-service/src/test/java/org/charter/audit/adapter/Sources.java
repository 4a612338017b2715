package org.charter.audit.adapter;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.charter.committee.motion.MotionEvent;
import org.charter.committee.motion.MotionKind;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.membership.member.MemberEvent;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Tier;
import org.charter.platform.autoconfigure.CharterEventsAutoConfiguration;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.eventstore.MongoEventStore;
import org.charter.platform.eventstore.Outbox;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.relay.OutboxRelay;
import org.charter.platform.relay.RelaySettings;

/**
 * Membership's and committee's own event records appended to the platform's real event store
 * and published by its real outbox relay onto {@code charter.membership.events} and
 * {@code charter.committee.events}, as the services do.
 */
final class Sources implements AutoCloseable {

    private final MongoClient client = MongoClients.create(CharterInfrastructureExtension.endpoints().mongoUri());
    private final Source membership = new Source("membership",
            EventTypes.of("membership", MemberEvent.MemberRegistered.class));
    private final Source committee = new Source("committee", EventTypes.of("committee", MotionEvent.MotionProposed.class));

    void registerMember(String id) {
        membership.append("member-" + id, new MemberEvent.MemberRegistered(id, "Member " + id, MemberKind.STATE,
                Tier.GOVERNING, Instant.parse("2026-01-05T10:00:00Z"), MemberStatus.APPLICANT, false));
    }

    void proposeMotion(String id) {
        committee.append("motion-" + id, new MotionEvent.MotionProposed(id, "Motion " + id, "Be it resolved.",
                MotionKind.POLICY_ADOPTION, "GOVERNING_BOARD", null, "secretary-1", Instant.parse("2026-01-06T10:00:00Z")));
    }

    @Override
    public void close() {
        membership.relay.stop();
        committee.relay.stop();
        client.close();
    }

    private final class Source {
        private final MongoEventStore store;
        private final OutboxRelay relay;

        Source(String context, EventTypes types) {
            var database = client.getDatabase("audit-it-source-" + context);
            var outbox = new Outbox(database);
            var meters = new SimpleMeterRegistry();
            store = new MongoEventStore(database, outbox, new EventJson(types), Clock.systemUTC(), Duration.ofSeconds(30), meters);
            String bootstrap = CharterInfrastructureExtension.endpoints().kafkaBootstrapServers();
            relay = new OutboxRelay(outbox, store, () -> new KafkaProducer<>(CharterEventsAutoConfiguration.relayProducerConfig(
                    Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap))), EventTopics.of(context),
                    CloudEventEnvelope.sourceOf(context), new RelaySettings(Duration.ofMillis(20), 500, Duration.ofSeconds(30)),
                    Clock.systemUTC(), meters);
            relay.start();
        }

        void append(String stream, DomainEvent event) {
            store.append(stream, MongoEventStore.NO_STREAM, List.of(event), CommandContext.system());
        }
    }
}
