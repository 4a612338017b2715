package org.charter.audit.adapter;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.charter.audit.replay.ReplayKind;
import org.charter.audit.replay.Script;
import org.charter.budget.proposal.BudgetYearEvent;
import org.charter.committee.motion.MotionEvent;
import org.charter.committee.vote.VoteEvent;
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
 * Membership's, committee's and budget's own event records appended to the platform's real event
 * store (with a clock the history moves) and published by its real outbox relay onto their
 * {@code charter.<context>.events} topics, as the services do.
 */
final class Sources implements AutoCloseable {

    private final MongoClient client = MongoClients.create(CharterInfrastructureExtension.endpoints().mongoUri());
    private final MovableClock clock = new MovableClock();
    private final Source membership = new Source("membership", MemberEvent.class);
    private final Source committee = new Source("committee", MotionEvent.class, VoteEvent.class);
    private final Source budget = new Source("budget", BudgetYearEvent.class);
    private final Map<String, Long> versions = new HashMap<>();

    void registerMember(String id) {
        membership.append("member-" + id, new MemberEvent.MemberRegistered(id, "Member " + id, MemberKind.STATE,
                Tier.GOVERNING, Instant.parse("2026-01-05T10:00:00Z"), MemberStatus.APPLICANT, false));
    }

    void proposeMotion(String id) {
        committee.append("motion-" + id, new MotionEvent.MotionProposed(id, "Motion " + id, "Be it resolved.",
                MotionKind.POLICY_ADOPTION, "GOVERNING_BOARD", null, "secretary-1", Instant.parse("2026-01-06T10:00:00Z")));
    }

    /** Appends each step of a scripted history at its instant, as its service would have, and has it published. */
    void publish(Script script) {
        for (Script.Step step : script.steps()) {
            if (step.events().isEmpty()) {
                continue;
            }
            clock.at = step.at();
            Source source = switch (step.context()) {
                case "membership" -> membership;
                case "committee" -> committee;
                case "budget" -> budget;
                default -> throw new IllegalArgumentException("no source for " + step.context());
            };
            long version = versions.getOrDefault(step.stream(), MongoEventStore.NO_STREAM);
            source.store.append(step.stream(), version, step.events(), CommandContext.system());
            versions.put(step.stream(), version + step.events().size());
        }
        clock.at = null;
    }

    @Override
    public void close() {
        membership.relay.stop();
        committee.relay.stop();
        budget.relay.stop();
        client.close();
    }

    /** The services' clock: the instant of the step being appended, else the real time. */
    private static final class MovableClock extends Clock {
        volatile Instant at;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant fixed = at;
            return fixed == null ? Instant.now() : fixed;
        }
    }

    private final class Source {
        private final MongoEventStore store;
        private final OutboxRelay relay;

        @SafeVarargs
        Source(String context, Class<? extends DomainEvent>... events) {
            List<Class<? extends DomainEvent>> records = new java.util.ArrayList<>();
            for (Class<? extends DomainEvent> sealed : events) {
                records.addAll(ReplayKind.recordsOf(sealed));
            }
            EventTypes types = EventTypes.of(context, records);
            var database = client.getDatabase("audit-it-source-" + context);
            var outbox = new Outbox(database);
            var meters = new SimpleMeterRegistry();
            store = new MongoEventStore(database, outbox, new EventJson(types), clock, Duration.ofSeconds(30), meters);
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
