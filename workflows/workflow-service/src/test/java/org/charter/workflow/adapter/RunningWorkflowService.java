package org.charter.workflow.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.Actor;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.charter.platform.test.TopicReader;
import org.charter.platform.test.TrustTestTokens;
import org.charter.workflow.WorkflowApplication;
import org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The workflow service end to end in one Spring context: real HTTP, the real in-process Kafka
 * broker and MongoDB wire-protocol server, the engine with its job executor (on in-memory H2
 * unless a subclass gives it another database), signed test tokens; the committee service is a
 * stand-in HTTP server (its real events are produced onto {@code charter.committee.events} with the
 * platform's envelope), which answers the budget service's reads too. The main path, adoption by consensus in the first round, runs in every
 * subclass; each subclass's context is closed after it, so only one engine and one consumer of the
 * committee's events run at a time.
 */
@WithCharterInfrastructure
@TrustTestTokens
@SpringBootTest(classes = WorkflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.data.mongodb.database=workflow-it",
        "spring.datasource.url=jdbc:h2:mem:workflow-it;DB_CLOSE_DELAY=-1",
        "charter.workflow.service-identity.token=service-token-for-tests",
        "charter.workflow.committee.attempts=2",
        "charter.workflow.committee.backoff=50ms",
        "charter.workflow.committee.time-limit=2s",
        "charter.workflow.parked.sweep-interval=1s",
        "charter.workflow.budget-approval.executive-committee-polls=false",
        "camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle=R1/PT1S",
        "camunda.bpm.job-execution.max-wait=500",
        "camunda.bpm.job-execution.wait-time-in-millis=200"})
@DirtiesContext
abstract class RunningWorkflowService {

    /** One stand-in for the JVM (the subclasses' contexts run one after the other), closed when it exits. */
    static final CommitteeStandIn COMMITTEE = startStandIn();

    @DynamicPropertySource
    static void committee(DynamicPropertyRegistry registry) {
        registry.add("charter.workflow.committee.url", COMMITTEE::url);
        registry.add("charter.workflow.budget.url", COMMITTEE::url);
    }

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @Autowired
    CloudEventEnvelope envelope;
    @Autowired
    MongoDatabase database;

    Api api;
    final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);

    @BeforeEach
    void client() {
        api = new Api(port);
        COMMITTEE.failing = false;
    }

    @Test
    void a_policy_is_adopted_by_consensus_in_its_first_round_and_every_milestone_reaches_kafka_valid() {
        String motion = motion();
        var started = api.post("/api/v1/processes/policy-approval", secretary, """
                {"motion":"%s","periods":{"notice":"PT1S","round":"PT10M"}}""".formatted(motion));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String id = started.json().path("processInstanceId").asText();
        assertThat(started.json().path("periods").path("comment").asText()).isEqualTo("PT336H");

        eventually(() -> waitingAt(id).contains("AwaitRoundResult"));
        var poll = COMMITTEE.polls(motion);
        assertThat(poll).singleElement().satisfies(request -> {
            assertThat(request.key()).isEqualTo("process:" + id + ":OpenConsensusRound:1");
            assertThat(request.authorization()).isEqualTo("Bearer service-token-for-tests");
            assertThat(request.body().path("type").asText()).isEqualTo("CONSENSUS_ROUND");
        });
        publish(new ConsensusRoundCounted(motion, motion + "-1", 1, Instant.now(), "CONSENSUS", List.of()));
        eventually(() -> view(id).path("state").asText().equals("COMPLETED"));

        JsonNode view = view(id);
        assertThat(view.path("startedBy").asText()).isEqualTo("sam.secretary");
        assertThat(view.path("progress").path("outcome").asText()).isEqualTo("ADOPTED");
        eventually(() -> TopicReader.cloudEvents(kafka, EventTopics.of("workflow"), 1, Duration.ofSeconds(5)).stream()
                .filter(e -> ("approval:" + id).equals(e.getSubject())).count() == 4);
        List<CloudEvent> events = TopicReader.cloudEvents(kafka, EventTopics.of("workflow"), 1, Duration.ofSeconds(5)).stream()
                .filter(e -> ("approval:" + id).equals(e.getSubject())).toList();
        assertThat(events).extracting(CloudEvent::getType).containsExactly("charter.workflow.PolicyApprovalStarted.v1",
                "charter.workflow.ConsensusRoundOpened.v1", "charter.workflow.ConsensusRoundAssessed.v1",
                "charter.workflow.PolicyApprovalEnded.v1");
        EventSchemas schemas = EventSchemas.inRepository();
        events.forEach(schemas::validate);
        assertThat(events.get(0).getExtension("actorsubject")).isEqualTo("sam.secretary");
        assertThat(events.get(3).getExtension("actorrole")).isEqualTo("system");
        assertThat(api.get("/api/v1/processes/" + id + "/milestones", TestTokens.auditor()).json()).hasSize(4);
    }

    // ----------------------------------------------------------------

    void publish(DomainEvent fact) {
        String motion = ((ConsensusRoundCounted) fact).motionId();
        publish("committee", "charter.committee.ConsensusRoundCounted.v1", "motion:" + motion, fact);
    }

    /** A service's fact onto its real topic ({@code charter.<context>.events}), in the platform's envelope. */
    void publish(String context, String type, String subject, DomainEvent fact) {
        var recorded = new RecordedEvent(UUID.randomUUID(), type, subject, 1, Instant.now(), "it-" + subject, null,
                Actor.SYSTEM, fact);
        CloudEvent event = envelope.toCloudEvent(recorded, CloudEventEnvelope.sourceOf(context));
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", kafka),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventEnvelope.toProducerRecord(EventTopics.of(context), event)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    JsonNode view(String id) {
        var answer = api.get("/api/v1/processes/" + id, secretary);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    List<String> waitingAt(String id) {
        return java.util.stream.StreamSupport.stream(view(id).path("waitingAt").spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    /** A fresh motion id, known to the committee stand-in as a policy just proposed. */
    static String motion() {
        String motion = "m-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        COMMITTEE.policy(motion);
        return motion;
    }

    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static CommitteeStandIn startStandIn() {
        try {
            CommitteeStandIn standIn = new CommitteeStandIn();
            Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "committee-stand-in-stop"));
            return standIn;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
