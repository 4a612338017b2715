package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.CharterVerifyRun.verify;
import static org.charter.election.adapter.CommitteeTestSupport.governingWithK12Leads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.charter.election.ElectionServiceTest;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.ContextTopic;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.charter.voting.receipt.Receipts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole election cycle through REST, Kafka (membership's events in, the election's out) and the
 * MongoDB wire-protocol server, on the service's movable clock: nominations, an ineligible
 * nomination refused with its reason, acceptance, the slate, secret ballots (with every refusal of
 * DOMAIN.md §8), an IRV count needing a transfer and an STV count with a surplus, the published
 * contests that {@code charter-verify check} agrees with, receipts that verify, a tampered ballot
 * list that fails, and nothing on the topic or in the register that says how a member voted.
 */
@ElectionServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ElectionCycleIT {

    private static final ContextTopic ELECTION_EVENTS = ContextTopic.of("election");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEMBERS = List.of("G1", "G2", "G3", "G4", "G5");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @TempDir
    Path dir;

    private final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);

    @BeforeAll
    static void board(@Autowired MongoDatabase database) {
        Instant since = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            governingWithK12Leads(feed, MEMBERS, since);
            feed.affiliate("AF", since, null);
            feed.awaitRoll("G1", "G2", "G3", "G4", "G5", "AF");
        }
    }

    @Test
    void a_cycle_from_nominations_to_verified_published_counts(CapturedOutput output) throws Exception {
        Api api = new Api(port);
        Instant start = ElectionServiceTest.CLOCK.instant();
        Instant t = start.plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.SECONDS);
        int fiscalYear = start.atZone(ZoneOffset.UTC).getYear() + 2;
        String election = created(api.post("/api/v1/elections", secretary, """
                {"fiscalYear":%d,"ballotOpensAt":"%s","contests":[{"position":"CHAIR_ELECT","seats":1},
                 {"position":"AT_LARGE_K12","seats":2}]}""".formatted(fiscalYear, t))).path("id").asText();
        String chair = election + ".CHAIR_ELECT";
        String atLarge = election + ".AT_LARGE_K12";

        // nominations (T-40d)
        ElectionServiceTest.CLOCK.set(t.minus(Duration.ofDays(40)));
        Map<String, String> candidate = new HashMap<>();
        for (String[] n : new String[][] {{"G1", "CHAIR_ELECT", "g2-k12"}, {"G1", "CHAIR_ELECT", "g3-k12"},
                {"G2", "CHAIR_ELECT", "g1-del"}, {"G3", "AT_LARGE_K12", "g4-alt"}, {"G3", "AT_LARGE_K12", "g5-k12"},
                {"G4", "AT_LARGE_K12", "g2-alt"}}) {
            JsonNode made = created(api.post("/api/v1/elections/" + election + "/nominations", delegate(n[0]),
                    "{\"position\":\"%s\",\"nominee\":\"%s\",\"name\":\"%s\"}".formatted(n[1], n[2], n[2])));
            candidate.put(n[2], made.path("id").asText());
        }
        Api.Response ineligible = api.post("/api/v1/elections/" + election + "/nominations", delegate("G1"),
                "{\"position\":\"CHAIR_ELECT\",\"nominee\":\"stranger\"}");
        assertThat(ineligible.status()).isEqualTo(422);
        assertThat(ineligible.json().path("detail").asText()).contains("represents no member");
        assertThat(ineligible.contentType()).startsWith("application/problem+json");
        assertThat(ineligible.code()).isEqualTo("NOMINEE_NOT_ELIGIBLE");
        Api.Response alternate = api.post("/api/v1/elections/" + election + "/nominations", delegate("G1"),
                "{\"position\":\"CHAIR_ELECT\",\"nominee\":\"g5-alt\"}");
        assertThat(alternate.code()).isEqualTo("NOMINEE_NOT_ELIGIBLE");
        assertThat(alternate.json().path("detail").asText()).contains("g5-alt is [ALTERNATE] for G5", "CHAIR_ELECT needs one of");
        assertThat(api.post("/api/v1/elections/" + election + "/nominations", TestTokens.delegate("af-del", "AF"),
                "{\"position\":\"CHAIR_ELECT\",\"nominee\":\"g5-k12\"}").code()).isEqualTo("NOT_ELIGIBLE");

        // acceptance: only the nominee
        assertThat(api.post(acceptance(election, candidate.get("g2-k12")), person("g3-k12"), null).code())
                .isEqualTo("NOT_NOMINEE");
        candidate.forEach((nominee, id) -> ok(api.post(acceptance(election, id), person(nominee), null)));

        // the slate (T-10d) with each seed's hash
        ElectionServiceTest.CLOCK.set(t.minus(Duration.ofDays(10)));
        JsonNode slate = ok(api.post("/api/v1/elections/" + election + "/slate", secretary, null));
        assertThat(slate.path("contests")).extracting(c -> c.path("status").asText()).containsExactly("SLATED", "SLATED");
        assertThat(ok(api.get("/api/v1/contests/" + chair, secretary)).path("seedSha256").asText()).hasSize(64);

        // the ballots open by themselves at T
        ElectionServiceTest.CLOCK.set(t.plus(Duration.ofMinutes(1)));
        JsonNode open = awaitContests(api, election, "OPEN", 2);
        assertThat(open.path("content").get(0).path("candidates")).hasSize(3);
        String n1 = candidate.get("g2-k12");
        String n2 = candidate.get("g3-k12");
        String n3 = candidate.get("g1-del");
        String a1 = candidate.get("g4-alt");
        String a2 = candidate.get("g5-k12");
        String a3 = candidate.get("g2-alt");

        // bad ballots change nothing
        Api.Response twice = ballot(api, chair, "G1", null, List.of(n2, n1, n1));
        assertThat(twice.code()).isEqualTo("INVALID_RANKING");
        assertThat(twice.json().path("errors")).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo("ranking[2]");
            assertThat(error.path("message").asText()).isEqualTo("candidate '" + n1 + "' is ranked twice");
        });
        assertThat(twice.json().path("candidate").asText()).isEqualTo(n1);
        Api.Response gap = ballot(api, chair, "G1", null, java.util.Arrays.asList(n1, null, n2));
        assertThat(gap.code()).isEqualTo("INVALID_RANKING");
        assertThat(gap.json().path("errors").get(0).path("field").asText()).isEqualTo("ranking[1]");
        assertThat(gap.json().has("candidate")).isFalse();
        Api.Response unknown = ballot(api, chair, "G1", null, List.of("n99"));
        assertThat(unknown.code()).isEqualTo("INVALID_RANKING");
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("ranking[0]");
        assertThat(unknown.json().path("candidate").asText()).isEqualTo("n99");
        assertThat(ballot(api, chair, "G1", TestTokens.delegate("g2-del", "G1"), List.of(n1)).code())
                .isEqualTo("NOT_MEMBER_DELEGATE");
        assertThat(ballot(api, chair, "AF", TestTokens.delegate("af-del", "AF"), List.of(n1)).code()).isEqualTo("NOT_ELIGIBLE");
        Api.Response noKey = api.post("/api/v1/contests/" + chair + "/ballots", delegate("G1"), ranking(List.of(n1)));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(ok(api.get("/api/v1/contests/" + chair + "/turnout", secretary)).path("voted")).isEmpty();

        // IRV: n1 2, n2 2, n3 1 at stage 1; n3's ballot transfers to n2
        List<String> receipts = new ArrayList<>();
        Map<String, String> nonces = new HashMap<>();
        String key = UUID.randomUUID().toString();
        Api.Response first = ballot(api, chair, "G1", key, delegate("G1"), List.of(n1));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().size()).isEqualTo(2);
        Api.Response retried = ballot(api, chair, "G1", key, delegate("G1"), List.of(n1));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.json().path("receipt").asText()).isEqualTo(first.json().path("receipt").asText());
        keep(first, receipts, nonces);
        keep(cast(api, chair, "G2", person("g2-alt", "G2"), List.of(n1, n3)), receipts, nonces);
        assertThat(ballot(api, chair, "G2", null, List.of(n2)).code()).isEqualTo("ALREADY_VOTED");
        keep(cast(api, chair, "G3", delegate("G3"), List.of(n2)), receipts, nonces);
        keep(cast(api, chair, "G4", delegate("G4"), List.of(n2, n1)), receipts, nonces);
        keep(cast(api, chair, "G5", delegate("G5"), List.of(n3, n2)), receipts, nonces);
        assertThat(ballot(api, chair, "G3", person("g3-alt", "G3"), List.of(n1)).code()).isEqualTo("ALREADY_VOTED");

        // STV, 2 seats: a1 4 (quota 2), surplus 2 at 0.5 a paper elects a2
        List<String> stvReceipts = new ArrayList<>();
        keep(cast(api, atLarge, "G1", delegate("G1"), List.of(a1, a2)), stvReceipts, nonces);
        keep(cast(api, atLarge, "G2", delegate("G2"), List.of(a1, a2)), stvReceipts, nonces);
        keep(cast(api, atLarge, "G3", delegate("G3"), List.of(a1, a3)), stvReceipts, nonces);
        keep(cast(api, atLarge, "G4", delegate("G4"), List.of(a1, a2)), stvReceipts, nonces);
        keep(cast(api, atLarge, "G5", delegate("G5"), List.of(a2)), stvReceipts, nonces);

        JsonNode turnout = ok(api.get("/api/v1/contests/" + chair + "/turnout", secretary));
        assertThat(turnout.path("voted")).extracting(JsonNode::asText).containsExactlyElementsOf(MEMBERS);
        assertThat(turnout.path("notYet")).extracting(JsonNode::asText).doesNotContainAnyElementsOf(MEMBERS);
        assertThat(turnout.toString()).doesNotContain(n1, receipts.get(0));

        // the secretary closes the IRV contest; the clock closes the STV one at closesAt
        JsonNode closed = ok(api.post("/api/v1/contests/" + chair + "/closure", secretary, null));
        assertThat(closed.path("status").asText()).isEqualTo("COUNTED");
        assertThat(closed.path("elected")).extracting(JsonNode::asText).containsExactly("g3-k12");
        assertThat(ballot(api, chair, "G1", null, List.of(n2)).code()).isEqualTo("POLL_CLOSED");
        assertThat(api.post("/api/v1/contests/" + chair + "/closure", secretary, null).code()).isEqualTo("POLL_CLOSED");
        assertThat(api.get("/api/v1/contests/" + atLarge + "/published", secretary).code()).isEqualTo("NOT_PUBLISHED");
        ElectionServiceTest.CLOCK.set(t.plus(Duration.ofDays(7)));
        awaitContests(api, election, "COUNTED", 2);

        // the published contests, recounted and their roots recomputed by charter-verify
        JsonNode irv = ok(api.get("/api/v1/contests/" + chair + "/published", TestTokens.delegate("G3")));
        JsonNode stv = ok(api.get("/api/v1/contests/" + atLarge + "/published", TestTokens.auditor()));
        validateV2(irv);
        validateV2(stv);
        assertThat(irv.path("result").path("stages")).hasSize(2);
        assertThat(irv.path("result").path("stages").get(1).path("excluded").get(0).asText()).isEqualTo("g1-del");
        assertThat(irv.path("turnout").asInt()).isEqualTo(5);
        assertThat(stv.path("result").path("quota").asText()).isEqualTo("2.00000");
        assertThat(stv.path("result").path("stages").get(1).path("kind").asText()).isEqualTo("SURPLUS");
        assertThat(stv.path("result").path("elected")).extracting(JsonNode::asText).containsExactly("g4-alt", "g5-k12");
        Path irvFile = write("irv.json", irv);
        Path stvFile = write("stv.json", stv);
        assertThat(verify("check", irvFile.toString(), irvFile.toString())).isZero();
        assertThat(verify("check", stvFile.toString(), stvFile.toString())).isZero();

        // every receipt is included (the service's proof and charter-verify's), with the voter's nonce
        for (String receipt : receipts) {
            JsonNode proof = ok(api.get("/api/v1/contests/" + chair + "/receipts/" + receipt, TestTokens.delegate("G1")));
            assertThat(JSON.treeToValue(proof, Receipts.InclusionProof.class).verifies()).isTrue();
            assertThat(proof.path("root").asText()).isEqualTo(irv.path("merkle").path("root").asText());
            assertThat(Receipts.receipt(chair, JSON.convertValue(proof.path("ranking"), List.class), nonces.get(receipt)))
                    .isEqualTo(receipt);
        }
        assertThat(verify("receipt", "--nonce", nonces.get(receipts.get(1)), irvFile.toString(), receipts.get(1))).isZero();
        assertThat(shellCheck(api, chair, receipts.get(2), nonces.get(receipts.get(2)), irv.path("merkle").path("root").asText()))
                .as("docs/voting/verify-receipt.sh").isZero();
        assertThat(api.get("/api/v1/contests/" + chair + "/receipts/" + "0".repeat(64), secretary).code())
                .isEqualTo("RECEIPT_NOT_FOUND");

        // a tampered ballot list fails
        ObjectNode tampered = irv.deepCopy();
        ((ArrayNode) tampered.get("ballots").get(0).get("ranking")).removeAll().add(n3);
        assertThat(verify("check", write("tampered.json", tampered).toString(), irvFile.toString())).isEqualTo(1);

        // the topic: every event valid; the register's events carry no receipt, nonce or ranking
        List<CloudEvent> events = ELECTION_EVENTS.await(ContextTopic.subject(election), 20);
        List<CloudEvent> voted = ELECTION_EVENTS.await(ContextTopic.subjectStartingWith("voter:" + chair + ":"), 5);
        EventSchemas schemas = EventSchemas.inRepository();
        events.forEach(schemas::validate);
        voted.forEach(schemas::validate);
        assertThat(events).extracting(ELECTION_EVENTS::name).contains("ElectionCalled", "NominationMade", "NominationAccepted",
                "ContestSlated", "ContestOpened", "ContestClosed", "ContestCounted");
        for (CloudEvent e : voted) {
            String data = new String(e.getData().toBytes());
            assertThat(data).doesNotContain(n1, n2, n3);
            receipts.forEach(r -> assertThat(data).doesNotContain(r, nonces.get(r)));
        }
        String allButTheCounts = events.stream().filter(e -> !ELECTION_EVENTS.name(e).equals("ContestCounted"))
                .map(e -> e + new String(e.getData().toBytes())).toList().toString();
        receipts.forEach(r -> assertThat(allButTheCounts).doesNotContain(r, nonces.get(r)));

        // the box holds no member, person or time; the answers store no receipt in clear
        for (Document ballot : database.getCollection("ballot_box").find()) {
            assertThat(java.util.Set.copyOf(ballot.keySet())).as("a filled slot or a free one (ADR 0065)").isIn(
                    java.util.Set.of("_id", "contestId", "ranking", "receipt"), java.util.Set.of("_id", "freeIn"));
        }
        for (Document answer : database.getCollection("ballot_answers").find()) {
            assertThat(answer.keySet()).containsExactlyInAnyOrder("_id", "sealed");
            receipts.forEach(r -> assertThat(answer.toJson()).doesNotContain(r));
        }
        // the claims: a hash and the sealed slot, nor receipt nor the id of any box slot in clear (ADR 0067)
        List<String> boxSlots = database.getCollection("ballot_box").find().map(d -> d.getString("_id")).into(new ArrayList<>());
        assertThat(database.getCollection("ballot_claims").countDocuments()).isGreaterThanOrEqualTo(receipts.size());
        for (Document claim : database.getCollection("ballot_claims").find()) {
            assertThat(claim.keySet()).containsExactlyInAnyOrder("_id", "sealed");
            receipts.forEach(r -> assertThat(claim.toJson()).doesNotContain(r));
            boxSlots.forEach(slot -> assertThat(claim.toJson()).doesNotContain(slot));
        }
        assertThat(database.getCollection("idempotency_keys").find().into(new ArrayList<>()).toString())
                .doesNotContain(receipts.toArray(String[]::new));

        // the secrecy scan: every stored document, every event on the topic and every line the service
        // logged; none that holds a receipt or a nonce also names a voting member or the person who
        // voted for it (candidates are named in the count, so their person ids are not voters' marks here)
        List<String> ballotMarks = new ArrayList<>(receipts);
        ballotMarks.addAll(stvReceipts);
        ballotMarks.addAll(nonces.values());
        List<String> voterMarks = new ArrayList<>();
        for (String m : MEMBERS) {
            voterMarks.add("\"" + m + "\"");
            for (String person : List.of(m.toLowerCase() + "-del", m.toLowerCase() + "-alt")) {
                if (!candidate.containsKey(person)) {
                    voterMarks.add(person);
                }
            }
        }
        int scanned = 0;
        for (String name : database.listCollectionNames()) {
            for (Document doc : database.getCollection(name).find()) {
                String json = doc.toJson();
                if (ballotMarks.stream().anyMatch(json::contains)) {
                    scanned++;
                    assertThat(json).as("%s: %s", name, doc.get("_id")).doesNotContain(voterMarks.toArray(String[]::new));
                }
            }
        }
        assertThat(scanned).as("the box and the published counts hold receipts").isGreaterThanOrEqualTo(10);
        for (CloudEvent e : ELECTION_EVENTS.await(ContextTopic.subjectStartingWith(""), events.size() + voted.size())) {
            String whole = e + new String(e.getData().toBytes());
            if (ballotMarks.stream().anyMatch(whole::contains)) {
                assertThat(whole).as("%s", e.getType()).doesNotContain(voterMarks.toArray(String[]::new));
            }
        }
        List<String> serviceLines = output.getAll().lines().filter(line -> line.contains("[election-service]")).toList();
        assertThat(serviceLines).as("the service logged").isNotEmpty();
        for (String line : serviceLines) {
            assertThat(line).doesNotContain(ballotMarks.toArray(String[]::new));
        }

        // nobody certified the IRV contest within 5 days of its close: the clock records the lapse
        JsonNode lapsed = ok(api.get("/api/v1/contests/" + chair, secretary));
        for (long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
             lapsed.path("certificationLapsedAt").isNull() && System.nanoTime() < deadline; ) {
            Thread.sleep(100);
            lapsed = ok(api.get("/api/v1/contests/" + chair, secretary));
        }
        assertThat(lapsed.path("certificationLapsedAt").asText())
                .isEqualTo(Instant.parse(closed.path("closedAt").asText()).plus(Duration.ofDays(5)).toString());
        assertThat(api.post("/api/v1/contests/" + chair + "/certification", secretary, null).code())
                .isEqualTo("CERTIFICATION_DEADLINE_PASSED");
        schemas.validate(ELECTION_EVENTS.await(e -> ContextTopic.subject(election).test(e)
                && ELECTION_EVENTS.name(e).equals("CertificationLapsed"), 1).get(0));
    }

    @Test
    void a_reopened_contest_is_slated_on_its_own_with_its_event_on_the_topic() {
        // the shared clock goes back where it was: the other ITs' years follow from it
        Instant before = ElectionServiceTest.CLOCK.instant();
        try {
            slateAReopenedContestOnItsOwn(before);
        } finally {
            ElectionServiceTest.CLOCK.set(before);
        }
    }

    private void slateAReopenedContestOnItsOwn(Instant now) {
        Api api = new Api(port);
        Instant t = now.plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.SECONDS);
        // a term far ahead: nothing this election decides is ever seated while other ITs move the shared clock
        String election = created(api.post("/api/v1/elections", secretary, """
                {"fiscalYear":2099,"ballotOpensAt":"%s","contests":[{"position":"CHAIR_ELECT","seats":1},
                 {"position":"AT_LARGE_K12","seats":2}]}""".formatted(t))).path("id").asText();
        String chair = election + ".CHAIR_ELECT";
        String atLarge = election + ".AT_LARGE_K12";
        ElectionServiceTest.CLOCK.set(t.minus(Duration.ofDays(40)));
        String first = nominated(api, election, "AT_LARGE_K12", "g1-k12");
        Api.Response notReopened = api.post("/api/v1/contests/" + chair + "/slate", secretary, null);
        assertThat(notReopened.status()).isEqualTo(409);
        assertThat(notReopened.contentType()).startsWith("application/problem+json");
        assertThat(notReopened.code()).isEqualTo("NOT_REOPENED");

        ElectionServiceTest.CLOCK.set(t.minus(Duration.ofDays(10)));
        JsonNode reopened = ok(api.post("/api/v1/elections/" + election + "/slate", secretary, null));
        assertThat(reopened.path("contests")).extracting(c -> c.path("status").asText()).containsOnly("REOPENED");

        ElectionServiceTest.CLOCK.set(t);
        String chair1 = nominated(api, election, "CHAIR_ELECT", "g2-k12");
        String chair2 = nominated(api, election, "CHAIR_ELECT", "g3-k12");
        String key = UUID.randomUUID().toString();
        Api.Response early = api.send("POST", "/api/v1/contests/" + chair + "/slate", secretary, null, "Idempotency-Key", key);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("NOMINATIONS_OPEN");
        assertThat(early.json().path("detail").asText()).contains(t.plus(Duration.ofDays(4)).toString());
        assertThat(api.post("/api/v1/contests/" + election + ".TREASURER/slate", secretary, null).code())
                .isEqualTo("CONTEST_NOT_FOUND");
        assertThat(api.post("/api/v1/contests/EC-FY2098.CHAIR_ELECT/slate", secretary, null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/contests/" + chair + "/slate", delegate("G1"), null).status()).isEqualTo(403);

        // the reopening is over: the same request (its key was not spent on the momentary refusal) slates the contest
        ElectionServiceTest.CLOCK.set(t.plus(Duration.ofDays(4)));
        Api.Response slated = api.send("POST", "/api/v1/contests/" + chair + "/slate", secretary, null, "Idempotency-Key", key);
        assertThat(slated.status()).as("%s", slated).isEqualTo(200);
        assertThat(slated.replayed()).isFalse();
        assertThat(slated.json().path("status").asText()).isEqualTo("SLATED");
        assertThat(slated.json().path("candidates")).extracting(c -> c.path("id").asText()).containsExactly(chair1, chair2);
        assertThat(slated.json().path("seedSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(slated.json().path("opensAt").asText()).isEqualTo(t.plus(Duration.ofDays(14)).toString());
        assertThat(api.send("POST", "/api/v1/contests/" + chair + "/slate", secretary, null, "Idempotency-Key", key).replayed())
                .isTrue();
        assertThat(ok(api.get("/api/v1/contests/" + atLarge, secretary)).path("status").asText()).isEqualTo("REOPENED");
        assertThat(api.post("/api/v1/contests/" + chair + "/slate", secretary, null).code()).isEqualTo("ALREADY_SLATED");
        JsonNode vacant = ok(api.post("/api/v1/contests/" + atLarge + "/slate", secretary, null));
        assertThat(vacant.path("status").asText()).isEqualTo("VACANT");
        assertThat(vacant.path("candidates")).extracting(c -> c.path("id").asText()).containsExactly(first);
        assertThat(vacant.path("elected")).extracting(JsonNode::asText).containsExactly("g1-k12");

        EventSchemas schemas = EventSchemas.inRepository();
        List<CloudEvent> decided = ELECTION_EVENTS.await(e -> ContextTopic.subject(election).test(e)
                && List.of("ContestSlated", "ContestLeftVacant").contains(ELECTION_EVENTS.name(e)), 2);
        decided.forEach(schemas::validate);
        assertThat(decided).extracting(ELECTION_EVENTS::name).containsExactly("ContestSlated", "ContestLeftVacant");
        assertThat(new String(decided.get(0).getData().toBytes())).contains(chair);
    }

    private String nominated(Api api, String election, String position, String nominee) {
        String id = created(api.post("/api/v1/elections/" + election + "/nominations", delegate("G4"),
                "{\"position\":\"%s\",\"nominee\":\"%s\",\"name\":\"%s\"}".formatted(position, nominee, nominee)))
                .path("id").asText();
        ok(api.post(acceptance(election, id), person(nominee), null));
        return id;
    }

    // ------------------------------------------------------------------ helpers

    /** This election's contests with the status (other ITs' elections share the service), once there are {@code count}. */
    private JsonNode awaitContests(Api api, String election, String status, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode list = null;
        while (System.nanoTime() < deadline) {
            ArrayNode mine = JSON.createArrayNode();
            ok(api.get("/api/v1/contests?status=" + status, secretary)).path("content").forEach(c -> {
                if (c.path("election").asText().equals(election)) {
                    mine.add(c);
                }
            });
            list = JSON.createObjectNode().set("content", mine);
            if (mine.size() >= count) {
                return list;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + count + " contests " + status + ", got " + list);
    }

    private static String acceptance(String election, String nomination) {
        return "/api/v1/elections/" + election + "/nominations/" + nomination + "/acceptance";
    }

    private Api.Response ballot(Api api, String contest, String member, String token, List<String> ranking) {
        return ballot(api, contest, member, UUID.randomUUID().toString(), token == null ? delegate(member) : token, ranking);
    }

    private Api.Response ballot(Api api, String contest, String member, String key, String token, List<String> ranking) {
        return api.send("POST", "/api/v1/contests/" + contest + "/ballots", token, ranking(ranking), "Idempotency-Key", key);
    }

    private Api.Response cast(Api api, String contest, String member, String token, List<String> ranking) {
        Api.Response r = ballot(api, contest, member, UUID.randomUUID().toString(), token, ranking);
        assertThat(r.status()).as("ballot of %s: %s", member, r).isEqualTo(201);
        return r;
    }

    private static void keep(Api.Response r, List<String> receipts, Map<String, String> nonces) {
        String receipt = r.json().path("receipt").asText();
        receipts.add(receipt);
        nonces.put(receipt, r.json().path("nonce").asText());
    }

    private static String ranking(List<String> ranking) {
        try {
            return "{\"ranking\":" + JSON.writeValueAsString(ranking) + "}";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String delegate(String member) {
        return TestTokens.delegate(member.toLowerCase() + "-del", member);
    }

    /** A person of a member (g2-k12 is G2's K-12 lead): its token names the member it acts for. */
    private static String person(String subject) {
        return TestTokens.delegate(subject, subject.substring(0, subject.indexOf('-')).toUpperCase());
    }

    private static String person(String subject, String member) {
        return TestTokens.delegate(subject, member);
    }

    private static JsonNode created(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private static JsonNode ok(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    private Path write(String name, JsonNode node) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        return file;
    }

    private static void validateV2(JsonNode published) throws IOException {
        Path schema = EventSchemas.repositoryRoot().resolve("docs/voting/published-contest.v2.schema.json");
        try (InputStream in = Files.newInputStream(schema)) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(published))
                    .isEmpty();
        }
    }

    /**
     * docs/voting/verify-receipt.sh as a member runs it (bash, printf, sha256sum, xxd, jq) on the
     * service's inclusion proof; 0 when those tools are missing here, where the IT cannot run it.
     */
    private int shellCheck(Api api, String contest, String receipt, String nonce, String root) throws Exception {
        for (String tool : List.of("bash", "sha256sum", "xxd", "jq")) {
            if (new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() != 0) {
                System.out.println("verify-receipt.sh not run: no " + tool);
                return 0;
            }
        }
        JsonNode proof = ok(api.get("/api/v1/contests/" + contest + "/receipts/" + receipt, secretary));
        Path file = write("proof.json", proof);
        String ranking = String.join(",", JSON.convertValue(proof.path("ranking"), List.class));
        Path script = EventSchemas.repositoryRoot().resolve("docs/voting/verify-receipt.sh");
        Process process = new ProcessBuilder("bash", script.toString(), contest, ranking, nonce, receipt, file.toString(), root)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        System.out.println("verify-receipt.sh -> " + exit + "\n" + output);
        return exit;
    }
}
