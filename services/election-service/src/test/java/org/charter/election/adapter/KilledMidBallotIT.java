package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.CharterVerifyRun.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.charter.election.ballot.BallotSeal;
import org.charter.election.ballot.VoterId;
import org.charter.election.ballot.adapter.HaltingElectionService;
import org.charter.election.ballot.adapter.HaltingElectionService.Step;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.charter.membershiproll.member.adapter.MembershipRoll;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.Actor;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.charter.voting.receipt.Receipts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The election service's JVM halted (Runtime.halt: no shutdown, as kill -9) at each boundary between
 * the writes of a ballot's cast (ADR 0017), half-way through the allocation of the contest's box slots
 * (ADR 0065) and between a ballot's claim on a slot and its fill (ADR 0067), then started again on the
 * same database, which outlives it (the test JVM's MongoDB-protocol server): the member's ballot is
 * counted exactly once (the client's retry with its Idempotency-Key finishes it) or, when the crash
 * came before the register, the member may vote again; never twice; the contest keeps exactly one box
 * slot per elector; every ballot answered 201 is in the publication once and
 * its receipt verifies (the nonce, and charter-verify's inclusion check against the published
 * ballots). The service runs from the test class path in a process of its own
 * ({@link HaltingElectionService}), on a Kafka broker of its own (its consumer groups and the
 * members it learns share nothing with the other ITs' context). Its clock is moved by the test (a
 * file every restarted JVM reads too) to open the contest, instead of sleeping through the windows.
 */
@WithCharterInfrastructure
class KilledMidBallotIT {

    private static final List<String> MEMBERS = List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8");

    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
    private final String database = "election-kill-" + suffix;
    /** Names the step at which the service halts; absent while no cast is to be interrupted. */
    private final Path haltAt = Path.of("target", "killed-mid-ballot-" + suffix + ".halt-at");
    /** How far the service's clock is ahead of the system's (HaltingElectionService's shifted clock). */
    private final Path clockShift = Path.of("target", "killed-mid-ballot-" + suffix + ".clock-shift");
    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(EventTypes.of()));
    private final EventSchemas schemas = EventSchemas.inRepository();
    private final String secretary = TestTokens.token("kill.secretary", Role.SECRETARY, null);
    private final BallotSeal seal = new BallotSeal(new SecureRandom());

    private InProcessKafkaBroker broker;
    private KafkaProducer<String, byte[]> producer;
    private MongoClient mongo;
    private MongoDatabase db;
    private Process service;
    private int httpPort;
    private Api api;
    private int launches;

    @BeforeEach
    void start() {
        broker = InProcessKafkaBroker.startForTests();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(config);
        mongo = MongoClients.create(CharterInfrastructureExtension.endpoints().mongoUri());
        db = mongo.getDatabase(database);
        httpPort = InProcessKafkaBroker.freePort();
        api = new Api(httpPort);
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(haltAt);
        Files.deleteIfExists(clockShift);
        producer.close();
        broker.close();
        db.drop();
        mongo.close();
    }

    @Test
    void halted_between_any_two_steps_of_a_cast_a_ballot_is_counted_once_or_may_be_cast_again() throws Exception {
        service = launch();
        awaitReady();
        Instant since = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        for (String member : MEMBERS) {
            governing(member, since);
        }
        await("the roll holds every member", Duration.ofSeconds(120), () -> db.getCollection(MembershipRoll.DEFAULT_COLLECTION)
                .countDocuments(Filters.and(Filters.in("_id", MEMBERS), Filters.gte("version", 4))) == MEMBERS.size());
        String contest = openContest();

        Map<String, Cast> counted = new LinkedHashMap<>();
        // the first cast allocates the contest's box slots: the halt in the middle of the allocation goes first
        List<Step> steps = new ArrayList<>(List.of(Step.values()));
        steps.remove(Step.SLOTS_HALF_PROVIDED);
        steps.add(0, Step.SLOTS_HALF_PROVIDED);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String member = MEMBERS.get(i);
            Cast cast = new Cast(contest, member, List.of(candidates.get(i % 2), candidates.get(1 - i % 2)),
                    UUID.randomUUID().toString());
            int boxed = boxed(contest);
            // the cast that halts the JVM at its step: no answer
            Files.writeString(haltAt, step.name());
            assertThat(halts(cast)).as("no answer from a JVM halted at %s", step).isTrue();
            assertThat(service.waitFor(120, TimeUnit.SECONDS)).as("halted at %s", step).isTrue();
            assertThat(service.exitValue()).as("halted at %s (see target/killed-mid-ballot-*.log)", step)
                    .isEqualTo(HaltingElectionService.HALTED);

            Files.delete(haltAt);

            // what the crash left, on the database that outlived the JVM
            assertThat(registered(contest, member)).as("registered after a halt at %s", step).isEqualTo(step != Step.SEALED);
            assertThat(boxed(contest) - boxed).as("ballots boxed by a halt at %s", step)
                    .isEqualTo(step.compareTo(Step.BOXED) >= 0 ? 1 : 0);
            assertThat(slotDone(cast)).as("the sealed answer marked done at %s", step).isEqualTo(step == Step.DONE);
            if (step == Step.SLOTS_HALF_PROVIDED) {
                assertThat(slots(contest)).as("box slots after a halt half-way through their allocation")
                        .isEqualTo(MEMBERS.size() / 2);
            }
            assertThat(db.getCollection("ballot_claims").countDocuments(Filters.eq("_id",
                    BallotSeal.claimId(BallotSeal.slot(cast.subject, cast.key), 0))))
                    .as("the ballot's claim on a box slot after a halt at %s", step)
                    .isEqualTo(step.compareTo(Step.CLAIMED) >= 0 ? 1 : 0);

            // started again on the same database
            service = launch();
            awaitReady();
            if (step == Step.SEALED) {
                // not registered: the member may vote again (here its alternate), and then only that ballot counts
                Cast alternate = new Cast(contest, member, List.of(candidates.get(1)), UUID.randomUUID().toString(),
                        member.toLowerCase() + "-alt");
                counted.put(member, accepted(alternate));
                assertThat(cast.send().code()).as("the first attempt retried after the alternate's ballot")
                        .isEqualTo("ALREADY_VOTED");
            } else {
                // the turnout, rebuilt from the register at start-up even when the halt came before its write
                await("the turnout lists " + member + " after a halt at " + step, Duration.ofSeconds(60),
                        () -> turnout(contest).contains(member));
                // registered: nobody else's ballot for the member; the retry with the key finishes it, once
                assertThat(new Cast(contest, member, List.of(candidates.get(0)), UUID.randomUUID().toString(),
                        member.toLowerCase() + "-alt").send().code()).isEqualTo("ALREADY_VOTED");
                Cast finished = accepted(cast);
                assertThat(accepted(cast).receipt).as("a second retry").isEqualTo(finished.receipt);
                counted.put(member, finished);
            }
            assertThat(boxed(contest) - boxed).as("one ballot in the box for %s after a halt at %s", member, step).isEqualTo(1);
            assertThat(slots(contest)).as("box slots, free or filled, after a halt at %s (ADR 0067)", step)
                    .isEqualTo(MEMBERS.size());
            assertThat(slotDone(cast)).isEqualTo(step != Step.SEALED);
        }
        // a ballot cast without any crash, for company
        String last = MEMBERS.get(steps.size());
        counted.put(last, accepted(new Cast(contest, last, List.of(candidates.get(0)), UUID.randomUUID().toString())));

        // the box, the turnout and the register agree: one ballot per member that got a 201, none else
        assertThat(boxed(contest)).isEqualTo(counted.size());
        assertThat(turnout(contest)).containsExactlyInAnyOrderElementsOf(counted.keySet());
        for (String member : counted.keySet()) {
            assertThat(db.getCollection("events").countDocuments(Filters.eq("streamId",
                    new VoterId(contest, member).streamId()))).as("register entries of %s", member).isEqualTo(1);
        }

        // closed and published: every receipt answered with a 201 is in it once, and verifies
        assertThat(api.post("/api/v1/contests/" + contest + "/closure", secretary, null).status()).isEqualTo(200);
        await("the contest is published", Duration.ofSeconds(120),
                () -> api.get("/api/v1/contests/" + contest + "/published", secretary).status() == 200);
        JsonNode published = api.get("/api/v1/contests/" + contest + "/published", secretary).json();
        List<String> receipts = new ArrayList<>();
        published.path("ballots").forEach(b -> receipts.add(b.path("receipt").asText()));
        assertThat(receipts).containsExactlyInAnyOrderElementsOf(counted.values().stream().map(c -> c.receipt).toList());
        Path file = Files.writeString(Path.of("target", "killed-mid-ballot-" + suffix + ".json"), published.toString());
        assertThat(verify("check", file.toString(), file.toString())).isZero();
        for (Cast cast : counted.values()) {
            assertThat(Receipts.receipt(contest, cast.ranking, cast.nonce)).as("the receipt is the nonce's").isEqualTo(cast.receipt);
            assertThat(verify("receipt", "--nonce", cast.nonce, file.toString(), cast.receipt)).isZero();
        }
    }

    private final List<String> candidates = new ArrayList<>();

    /**
     * A special election whose one-seat Chair-Elect contest (two candidates, H6's and H7's delegates) opens within the
     * hour of the service's clock: the test moves that clock ({@link HaltingElectionService#CLOCK_PROPERTY}) to the
     * slate's time and then to the opening rather than sleeping through the windows, which are wide enough for any
     * machine to nominate and accept in.
     */
    private String openContest() throws Exception {
        long lead = Duration.ofHours(1).toSeconds();
        Instant opensAt = Instant.now().plusSeconds(lead).truncatedTo(ChronoUnit.SECONDS);
        int fiscalYear = Instant.now().atZone(ZoneOffset.UTC).getYear() + 2;
        // nominations close at 3/8 of the lead after the call, acceptances at 1/2, the slate at 3/4
        Api.Response called = api.post("/api/v1/elections", secretary, """
                {"fiscalYear":%d,"suffix":"K%s","ballotOpensAt":"%s","periods":{"nominationsOpen":"PT%dS",
                 "nominationsClose":"PT%dS","acceptance":"PT%dS","slate":"PT%dS","ballot":"PT1H","reopening":"PT1M"},
                 "contests":[{"position":"CHAIR_ELECT","seats":1}]}""".formatted(fiscalYear, suffix.toUpperCase(), opensAt,
                lead, lead * 5 / 8, lead / 2, lead / 4));
        assertThat(called.status()).as("%s", called).isEqualTo(201);
        String election = called.json().path("id").asText();
        for (String member : List.of("H6", "H7")) {
            String nominee = member.toLowerCase() + "-del";
            Api.Response nominated = api.post("/api/v1/elections/" + election + "/nominations", TestTokens.delegate("h1-del", "H1"),
                    "{\"position\":\"CHAIR_ELECT\",\"nominee\":\"%s\"}".formatted(nominee));
            assertThat(nominated.status()).as("%s", nominated).isEqualTo(201);
            String id = nominated.json().path("id").asText();
            Api.Response accepted = api.post("/api/v1/elections/" + election + "/nominations/" + id + "/acceptance",
                    TestTokens.delegate(nominee, member), null);
            assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
            candidates.add(id);
        }
        // the slate is due from its time on
        moveClockTo(opensAt.minusSeconds(lead / 4).plusSeconds(1));
        Api.Response slate = api.post("/api/v1/elections/" + election + "/slate", secretary, null);
        assertThat(slate.status()).as("%s", slate).isEqualTo(200);
        String contest = election + ".CHAIR_ELECT";
        moveClockTo(opensAt.plusSeconds(1));
        await("the contest opens", Duration.ofSeconds(60),
                () -> api.get("/api/v1/contests/" + contest, secretary).json().path("status").asText().equals("OPEN"));
        return contest;
    }

    /** Moves the service's clock (of this JVM and of every restarted one) so that it reads {@code at} now. */
    private void moveClockTo(Instant at) throws IOException {
        // written beside it and moved in whole, so that the service never reads half a duration
        Path next = Files.writeString(Path.of(clockShift + ".next"), Duration.between(Instant.now(), at).toString());
        Files.move(next, clockShift, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A ballot as its client sends it, and what the client keeps of the answer. */
    private final class Cast {
        final String contest;
        final String member;
        final List<String> ranking;
        final String key;
        final String subject;
        String receipt;
        String nonce;

        Cast(String contest, String member, List<String> ranking, String key) {
            this(contest, member, ranking, key, member.toLowerCase() + "-del");
        }

        Cast(String contest, String member, List<String> ranking, String key, String subject) {
            this.contest = contest;
            this.member = member;
            this.ranking = ranking;
            this.key = key;
            this.subject = subject;
        }

        Api.Response send() {
            return api.send("POST", "/api/v1/contests/" + contest + "/ballots", TestTokens.delegate(subject, member),
                    "{\"ranking\":[\"" + String.join("\",\"", ranking) + "\"]}", "Idempotency-Key", key);
        }
    }

    private Cast accepted(Cast cast) {
        Api.Response answer = cast.send();
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        String receipt = answer.json().path("receipt").asText();
        String nonce = answer.json().path("nonce").asText();
        if (cast.receipt != null) {
            assertThat(receipt).isEqualTo(cast.receipt);
            assertThat(nonce).isEqualTo(cast.nonce);
        }
        cast.receipt = receipt;
        cast.nonce = nonce;
        return cast;
    }

    private boolean halts(Cast cast) {
        try {
            Api.Response answer = cast.send();
            System.out.println("KilledMidBallotIT: answered instead of halting: " + answer);
            return false;
        } catch (UncheckedIOException halted) {
            return true;
        }
    }

    private boolean registered(String contest, String member) {
        return db.getCollection("events").countDocuments(Filters.eq("streamId", new VoterId(contest, member).streamId())) > 0;
    }

    private int boxed(String contest) {
        return (int) db.getCollection("ballot_box").countDocuments(Filters.eq("contestId", contest));
    }

    /** The contest's box slots, free or filled: one per member of its electorate (ADR 0065, ADR 0067). */
    private int slots(String contest) {
        return (int) db.getCollection("ballot_box").countDocuments(Filters.or(Filters.eq("contestId", contest),
                Filters.eq("freeIn", contest)));
    }

    private boolean slotDone(Cast cast) {
        Document slot = db.getCollection("ballot_answers").find(Filters.eq("_id", BallotSeal.slot(cast.subject, cast.key))).first();
        assertThat(slot).as("the sealed answer of %s's cast", cast.member).isNotNull();
        return seal.open(slot.get("sealed", Binary.class).getData(), cast.subject, cast.key).done();
    }

    private List<String> turnout(String contest) {
        List<String> voted = new ArrayList<>();
        api.get("/api/v1/contests/" + contest + "/turnout", secretary).json().path("voted").forEach(m -> voted.add(m.asText()));
        return voted;
    }

    private Process launch() throws IOException {
        launches++;
        Path classpath = Files.writeString(Path.of("target", "killed-mid-ballot.classpath"),
                "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"");
        String mongoUri = CharterInfrastructureExtension.endpoints().mongoUri();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "@" + classpath,
                "-D" + HaltingElectionService.PROPERTY + "=" + haltAt.toAbsolutePath(),
                "-D" + HaltingElectionService.CLOCK_PROPERTY + "=" + clockShift.toAbsolutePath()));
        command.addAll(List.of(HaltingElectionService.class.getName(),
                "--server.port=" + httpPort, "--server.address=127.0.0.1",
                "--" + CharterInfrastructureExtension.SPRING_KAFKA_BOOTSTRAP_SERVERS + "=" + broker.bootstrapServers(),
                "--" + CharterInfrastructureExtension.CHARTER_KAFKA_BOOTSTRAP_SERVERS + "=" + broker.bootstrapServers(),
                "--" + CharterInfrastructureExtension.SPRING_DATA_MONGODB_URI + "=" + mongoUri,
                "--" + CharterInfrastructureExtension.CHARTER_MONGODB_URI + "=" + mongoUri,
                "--spring.data.mongodb.database=" + database,
                "--" + TestTokens.PUBLIC_KEY_PROPERTY + "=" + TestTokens.publicKeyLocation(),
                "--charter.election.tick=500ms",
                // a restarted consumer waits for the halted one's session to time out: the broker's shortest
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000"));
        Path log = Path.of("target", "killed-mid-ballot-" + launches + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitReady() throws InterruptedException {
        await("the service answers", Duration.ofSeconds(300), () -> {
            try {
                return api.get("/actuator/health", null).status() == 200;
            } catch (UncheckedIOException notYet) {
                return false;
            }
        });
    }

    private final Map<String, Long> sequences = new LinkedHashMap<>();

    /** A GOVERNING member, ACTIVE, with its delegate and an alternate, as membership publishes it. */
    private void governing(String member, Instant since) {
        String d = "{\"kind\":\"MINUTES\",\"reference\":\"GB minutes\"}";
        send("MemberRegistered", member, """
                {"memberId":"%s","name":"Member %s","kind":"STATE","tier":"GOVERNING","appliedAt":"%s","status":"APPLICANT",
                 "votingRights":false}""".formatted(member, member, since));
        send("MemberAdmitted", member, """
                {"memberId":"%s","decidedAt":"%s","effectiveAt":"%s","decision":%s,"status":"ACTIVE","tier":"GOVERNING",
                 "votingRights":true}""".formatted(member, since, since, d));
        send("DelegateAppointed", member, """
                {"memberId":"%s","delegate":%s,"replacedPersonId":null,"decidedAt":"%s","effectiveAt":"%s","decision":%s}"""
                .formatted(member, person(member.toLowerCase() + "-del"), since, since, d));
        send("AlternatesAppointed", member, """
                {"memberId":"%s","alternates":[%s],"decidedAt":"%s","effectiveAt":"%s","decision":%s}"""
                .formatted(member, person(member.toLowerCase() + "-alt"), since, since, d));
    }

    private static String person(String personId) {
        return "{\"personId\":\"" + personId + "\",\"name\":\"Person " + personId + "\"}";
    }

    private void send(String name, String member, String json) {
        String type = "charter.membership." + name + ".v1";
        schemas.validate(type, json);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), type, member, sequences.merge(member, 1L, Long::sum),
                Instant.now(), UUID.randomUUID().toString(), null, new Actor("membership-secretary", "secretary", null), null);
        try {
            producer.send(CloudEventEnvelope.toProducerRecord("charter.membership.events", envelope.toCloudEvent(event,
                    CloudEventEnvelope.sourceOf("membership"), json.getBytes(StandardCharsets.UTF_8)))).get();
        } catch (Exception e) {
            throw new AssertionError("could not send " + type, e);
        }
    }

    private void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(service.isAlive()).as("the service runs (see target/killed-mid-ballot-*.log) while waiting: " + what)
                    .isTrue();
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
