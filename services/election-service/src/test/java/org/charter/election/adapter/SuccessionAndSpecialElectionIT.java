package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.adapter.CommitteeTestSupport.await;
import static org.charter.election.adapter.CommitteeTestSupport.created;
import static org.charter.election.adapter.CommitteeTestSupport.delegate;
import static org.charter.election.adapter.CommitteeTestSupport.governingWithK12Leads;
import static org.charter.election.adapter.CommitteeTestSupport.ok;
import static org.charter.election.adapter.CommitteeTestSupport.seat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.charter.election.ElectionServiceTest;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.ContextTopic;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Terms over three years through REST, Kafka and the MongoDB wire-protocol server, on the
 * service's movable clock: a Chair-Elect elected by instant-runoff with a transfer (a candidate who
 * withdrew after the opening refused on a ballot), certified and seated on July 1, then Chair the next July 1
 * and Past Chair the one after (DOMAIN.md §5.7), each move an event valid against its schema; a
 * nomination refused because the nominee's member will hold a seat at term start by succession
 * (§2.2, §5.2: the service counts its own seats); an at-large holder's resignation leaving a
 * vacancy that a special election fills for the remainder of the term, with ballots, a count,
 * certification and seating; then the secrecy scan: every GET the service offers, every event on
 * its topic, every document of its database and every line it logged during the test, none naming
 * a voter together with a choice, a receipt or a nonce.
 *
 * <p>Members V1-V9 are this class's; at the end they are suspended, so the electorate of an IT
 * running later is what it would be without this one.
 */
@ElectionServiceTest
class SuccessionAndSpecialElectionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContextTopic ELECTION_EVENTS = ContextTopic.of("election");
    private static final List<String> MEMBERS = List.of("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9");
    /** The contested elections' candidates stand for V1, V8 and V9, which do not vote: a count names its candidates. */
    private static final List<String> VOTERS = List.of("V2", "V3", "V4", "V5", "V6", "V7");
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoDatabase database;

    private final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);
    private LogCapture logs;

    @BeforeEach
    void captureTheLogs() {
        logs = LogCapture.begin();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    @BeforeAll
    static void board(@Autowired MongoDatabase database) {
        Instant since = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            governingWithK12Leads(feed, MEMBERS, since);
            feed.awaitRoll(MEMBERS.toArray(String[]::new));
        }
    }

    @AfterAll
    static void leaveTheElectorate(@Autowired MongoDatabase database) {
        Instant now = ElectionServiceTest.CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            MEMBERS.forEach(m -> feed.suspend(m, now));
            feed.awaitRoll(MEMBERS.toArray(String[]::new));
        }
    }

    @Test
    void a_chair_elect_becomes_chair_then_past_chair_and_a_vacancy_is_filled_by_a_special_election_that_keeps_ballots_secret() {
        Api api = new Api(port);
        int year = ElectionServiceTest.CLOCK.instant().atZone(ZoneOffset.UTC).getYear() + 3;

        // year 1: V1's K-12 lead elected Chair-Elect by instant-runoff with a transfer, certified, seated on July 1
        Set<String> voterMarks = new LinkedHashSet<>();
        List<String> ballotMarks = new ArrayList<>();
        List<String> firstReceipts = new ArrayList<>();
        String first = called(api, year + 1, List.of("CHAIR_ELECT"));
        String firstContest = first + ".CHAIR_ELECT";
        Instant t1 = termStart(year).minus(Duration.ofDays(60));
        ElectionServiceTest.CLOCK.set(t1.minus(Duration.ofDays(40)));
        String nA = nominatedAndAccepted(api, first, "CHAIR_ELECT", "v1-k12");
        String nB = nominatedAndAccepted(api, first, "CHAIR_ELECT", "v8-k12");
        String nC = nominatedAndAccepted(api, first, "CHAIR_ELECT", "v9-k12");
        String nD = nominatedAndAccepted(api, first, "CHAIR_ELECT", "v8-del");
        ElectionServiceTest.CLOCK.set(t1.minus(Duration.ofDays(10)));
        assertThat(ok(api.post("/api/v1/elections/" + first + "/slate", secretary, null)).path("contests"))
                .extracting(x -> x.path("status").asText()).containsOnly("SLATED");
        ElectionServiceTest.CLOCK.set(t1.plus(Duration.ofMinutes(1)));
        await(() -> ok(api.get("/api/v1/contests/" + firstContest, secretary)), x -> x.path("status").asText().equals("OPEN"));

        // v8-del withdraws after the opening: a ballot naming it is refused, precisely, and changes nothing
        assertThat(ok(api.post("/api/v1/elections/" + first + "/nominations/" + nD + "/withdrawal",
                TestTokens.delegate("v8-del", "V8"), null)).path("status").asText()).isEqualTo("WITHDRAWN");
        Api.Response withdrawn = api.send("POST", "/api/v1/contests/" + firstContest + "/ballots",
                TestTokens.delegate("v7-del", "V7"), "{\"ranking\":[\"" + nC + "\",\"" + nD + "\"]}", "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(withdrawn.status()).isEqualTo(422);
        assertThat(withdrawn.contentType()).startsWith("application/problem+json");
        assertThat(withdrawn.code()).isEqualTo("INVALID_RANKING");
        assertThat(withdrawn.json().path("detail").asText()).isEqualTo("ranking[1]: candidate '" + nD + "' has withdrawn");
        assertThat(withdrawn.json().path("errors")).singleElement()
                .satisfies(e -> assertThat(e.path("field").asText()).isEqualTo("ranking[1]"));
        assertThat(withdrawn.json().path("candidate").asText()).isEqualTo(nD);
        assertThat(ok(api.get("/api/v1/contests/" + firstContest + "/turnout", secretary)).path("voted")).isEmpty();
        assertThat(database.getCollection("ballot_box").countDocuments(new org.bson.Document("contestId", firstContest)))
                .isZero();

        // stage 1: v1-k12 3, v8-k12 2, v9-k12 1; v9-k12 is excluded and its ballot moves to v1-k12 (4 of the 6
        // continuing)
        for (String m : VOTERS) {
            List<String> ranking = switch (m) {
                case "V2", "V3", "V7" -> List.of(nA);
                case "V4", "V5" -> List.of(nB);
                default -> List.of(nC, nA);
            };
            String person = m.equals("V2") ? "v2-alt" : m.toLowerCase() + "-del";
            JsonNode receipt = cast(api, firstContest, TestTokens.delegate(person, m), ranking);
            voterMarks.addAll(List.of(m, person));
            firstReceipts.add(receipt.path("receipt").asText());
            ballotMarks.addAll(List.of(receipt.path("receipt").asText(), receipt.path("nonce").asText()));
        }
        abstainOthers(api, firstContest, firstReceipts, ballotMarks);
        JsonNode irv = ok(api.post("/api/v1/contests/" + firstContest + "/closure", secretary, null));
        assertThat(irv.path("status").asText()).isEqualTo("COUNTED");
        assertThat(irv.path("elected")).extracting(JsonNode::asText).containsExactly("V1-K12");
        JsonNode stages = ok(api.get("/api/v1/contests/" + firstContest + "/published", secretary)).path("result")
                .path("stages");
        assertThat(stages).as("a count in stages").hasSize(2);
        assertThat(stages.get(1).path("excluded")).extracting(JsonNode::asText).containsExactly("V9-K12");
        assertThat(ok(api.post("/api/v1/contests/" + firstContest + "/certification", secretary, null))
                .path("certifiedBy").asText()).isEqualTo("sam.secretary");
        ElectionServiceTest.CLOCK.set(termStart(year).plusSeconds(1));
        JsonNode committee = awaitCommittee(api, x -> holder(x, "CHAIR_ELECT", "v1-k12") != null);
        assertThat(holder(committee, "CHAIR_ELECT", "v1-k12").path("reason").asText()).isEqualTo("ELECTED");
        assertThat(holder(committee, "CHAIR_ELECT", "v1-k12").path("termStart").asText()).isEqualTo(year + "-07-01");

        // year 2: V1 will be Chair at the term start, so no person of V1 may stand (the service counts its own seats)
        String second = called(api, year + 2, List.of("CHAIR_ELECT", "AT_LARGE_K12"));
        Instant t2 = termStart(year + 1).minus(Duration.ofDays(60));
        ElectionServiceTest.CLOCK.set(t2.minus(Duration.ofDays(40)));
        Api.Response refused = api.post("/api/v1/elections/" + second + "/nominations", delegate("V4"),
                "{\"position\":\"AT_LARGE_K12\",\"nominee\":\"v1-alt\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("MAX_SEATS_PER_MEMBER");
        assertThat(refused.json().path("detail").asText()).contains("member V1 will hold 1", "successions counted",
                "maxSeatsPerMember = 1");
        nominatedAndAccepted(api, second, "CHAIR_ELECT", "v2-k12");
        nominatedAndAccepted(api, second, "AT_LARGE_K12", "v3-k12");
        assertThat(ok(api.get("/api/v1/elections/" + second, secretary)).path("nominations"))
                .extracting(n -> n.path("nominee").asText()).containsExactly("v2-k12", "v3-k12");
        ElectionServiceTest.CLOCK.set(t2.minus(Duration.ofDays(10)));
        assertThat(ok(api.post("/api/v1/elections/" + second + "/slate", secretary, null)).path("contests"))
                .extracting(c -> c.path("status").asText()).containsOnly("ACCLAIMED");

        // the next July 1: the Chair-Elect succeeds to Chair, the year's acclaimed are seated
        ElectionServiceTest.CLOCK.set(termStart(year + 1).plusSeconds(1));
        committee = awaitCommittee(api, c -> holder(c, "CHAIR", "v1-k12") != null);
        JsonNode chair = holder(committee, "CHAIR", "v1-k12");
        assertThat(chair.path("reason").asText()).isEqualTo("SUCCEEDED");
        assertThat(chair.path("memberId").asText()).isEqualTo("V1");
        assertThat(chair.path("termStart").asText()).isEqualTo((year + 1) + "-07-01");
        assertThat(chair.path("termEnd").asText()).isEqualTo((year + 2) + "-06-30");
        assertThat(holder(committee, "CHAIR_ELECT", "v2-k12")).isNotNull();
        JsonNode atLarge = holder(committee, "AT_LARGE_K12", "v3-k12");
        assertThat(atLarge.path("termEnd").asText()).isEqualTo((year + 3) + "-06-30");

        // the July 1 after: Chair to Past Chair, Chair-Elect to Chair; nobody was elected Chair-Elect
        ElectionServiceTest.CLOCK.set(termStart(year + 2).plusSeconds(1));
        committee = awaitCommittee(api, c -> holder(c, "PAST_CHAIR", "v1-k12") != null);
        JsonNode pastChair = holder(committee, "PAST_CHAIR", "v1-k12");
        assertThat(pastChair.path("reason").asText()).isEqualTo("SUCCEEDED");
        assertThat(pastChair.path("termEnd").asText()).isEqualTo((year + 3) + "-06-30");
        JsonNode newChair = holder(committee, "CHAIR", "v2-k12");
        assertThat(newChair.path("reason").asText()).isEqualTo("SUCCEEDED");
        assertThat(newChair.path("termStart").asText()).isEqualTo((year + 2) + "-07-01");
        assertThat(holder(committee, "CHAIR_ELECT", "v1-k12")).isNull();
        assertThat(holder(committee, "CHAIR", "v1-k12")).isNull();

        EventSchemas schemas = EventSchemas.inRepository();
        List<CloudEvent> seats = ELECTION_EVENTS.await(ours(), 9);
        seats.forEach(schemas::validate);
        assertThat(seats.stream().map(SuccessionAndSpecialElectionIT::move).toList()).containsSubsequence(
                "SeatTaken CHAIR_ELECT v1-k12 ELECTED",
                "SeatVacated CHAIR_ELECT v1-k12 SUCCEEDED", "SeatTaken CHAIR v1-k12 SUCCEEDED",
                "SeatTaken CHAIR_ELECT v2-k12 ACCLAIMED", "SeatTaken AT_LARGE_K12 v3-k12 ACCLAIMED",
                "SeatVacated CHAIR v1-k12 SUCCEEDED", "SeatVacated CHAIR_ELECT v2-k12 SUCCEEDED",
                "SeatTaken PAST_CHAIR v1-k12 SUCCEEDED", "SeatTaken CHAIR v2-k12 SUCCEEDED");

        // V3's at-large holder resigns: a vacancy until the end of the term, a special election within 60 days
        Instant resigned = termStart(year + 2).plus(Duration.ofDays(10));
        ElectionServiceTest.CLOCK.set(resigned);
        int seat = atLarge.path("seat").asInt();
        JsonNode vacated = ok(api.post("/api/v1/executive-committee/seats/AT_LARGE_K12/" + seat + "/resignation", secretary,
                null));
        JsonNode vacancy = seat(vacated, "AT_LARGE_K12", seat).path("vacancy");
        assertThat(vacancy.path("since").asText()).isEqualTo(resigned.toString());
        assertThat(vacancy.path("termEnd").asText()).isEqualTo((year + 3) + "-06-30");
        assertThat(vacancy.path("specialElectionBy").asText())
                .isEqualTo(LocalDate.ofInstant(resigned, ZONE).plusDays(60).toString());

        // the special election for the remainder: two candidates, a ballot, a count, certification
        Instant ts = resigned.plus(Duration.ofDays(50));
        String special = created(api.post("/api/v1/elections", secretary, """
                {"fiscalYear":%d,"suffix":"S1","ballotOpensAt":"%s","contests":[{"position":"AT_LARGE_K12","seats":1}]}"""
                .formatted(year + 3, ts))).path("id").asText();
        assertThat(special).isEqualTo("EC-FY" + (year + 3) + "-S1");
        String contest = special + ".AT_LARGE_K12";
        ElectionServiceTest.CLOCK.set(ts.minus(Duration.ofDays(40)));
        String c8 = nominatedAndAccepted(api, special, "AT_LARGE_K12", "v8-k12");
        String c9 = nominatedAndAccepted(api, special, "AT_LARGE_K12", "v9-k12");
        ElectionServiceTest.CLOCK.set(ts.minus(Duration.ofDays(10)));
        ok(api.post("/api/v1/elections/" + special + "/slate", secretary, null));
        ElectionServiceTest.CLOCK.set(ts.plus(Duration.ofMinutes(1)));
        await(() -> ok(api.get("/api/v1/contests/" + contest, secretary)), c -> c.path("status").asText().equals("OPEN"));

        List<String> receipts = new ArrayList<>();
        Map<String, List<String>> rankings = new HashMap<>();
        for (String m : VOTERS) {
            List<String> ranking = m.equals("V6") || m.equals("V7") ? List.of(c9, c8) : List.of(c8);
            String person = m.equals("V2") ? "v2-alt" : m.toLowerCase() + "-del";
            JsonNode receipt = cast(api, contest, TestTokens.delegate(person, m), ranking);
            voterMarks.addAll(List.of(m, person));
            receipts.add(receipt.path("receipt").asText());
            ballotMarks.addAll(List.of(receipt.path("receipt").asText(), receipt.path("nonce").asText()));
            rankings.put(receipt.path("receipt").asText(), ranking);
        }
        othersVote(api, contest, List.of(c8), receipts, ballotMarks);
        JsonNode counted = ok(api.post("/api/v1/contests/" + contest + "/closure", secretary, null));
        assertThat(counted.path("status").asText()).isEqualTo("COUNTED");
        assertThat(counted.path("elected")).extracting(JsonNode::asText).containsExactly("V8-K12");
        JsonNode certified = ok(api.post("/api/v1/contests/" + contest + "/certification", secretary, null));
        assertThat(certified.path("certifiedBy").asText()).isEqualTo("sam.secretary");

        // the winner takes the vacancy for the rest of the vacated term, not a term of its own
        committee = awaitCommittee(api, c -> holder(c, "AT_LARGE_K12", "v8-k12") != null);
        JsonNode filled = seat(committee, "AT_LARGE_K12", seat);
        assertThat(filled.path("holder").path("personId").asText()).isEqualTo("v8-k12");
        assertThat(filled.path("holder").path("reason").asText()).isEqualTo("ELECTED");
        assertThat(filled.path("holder").path("termEnd").asText()).isEqualTo((year + 3) + "-06-30");
        assertThat(filled.path("holder").path("termStart").asText())
                .isEqualTo(LocalDate.ofInstant(ElectionServiceTest.CLOCK.instant(), ZONE).toString());
        assertThat(filled.path("vacancy").isNull()).isTrue();
        List<CloudEvent> special2 = ELECTION_EVENTS.await(ours(), 11);
        special2.forEach(schemas::validate);
        assertThat(special2.stream().map(SuccessionAndSpecialElectionIT::move).toList()).containsSubsequence(
                "SeatVacated AT_LARGE_K12 v3-k12 RESIGNED", "SeatTaken AT_LARGE_K12 v8-k12 ELECTED");
        assertThat(new String(special2.get(special2.size() - 1).getData().toBytes())).contains("\"electionId\":\"" + special
                + "\"", "\"contestId\":\"" + contest + "\"");
        ELECTION_EVENTS.await(ContextTopic.subject(special), 1).forEach(schemas::validate);

        // secrecy: every GET the service offers and every event on its topic
        JsonNode published = ok(api.get("/api/v1/contests/" + contest + "/published", secretary));
        assertThat(published.path("ballots")).hasSize(receipts.size());
        SecrecyScan scan = new SecrecyScan(voterMarks, ballotMarks);
        Set<String> fetched = new LinkedHashSet<>();
        Map<String, List<String>> values = Map.of("elections", List.of(first, second, special),
                "contests", List.of(contest, first + ".CHAIR_ELECT", second + ".AT_LARGE_K12"),
                "receipt", java.util.stream.Stream.concat(firstReceipts.stream(), receipts.stream()).toList());
        for (String pattern : getPaths()) {
            for (String path : filled(pattern, values)) {
                Api.Response answer = api.get(path, secretary);
                assertThat(answer.status()).as("%s: %s", path, answer).isIn(200, 404, 409);
                if (answer.body() != null && !answer.body().isBlank()) {
                    scan.answer("GET " + path, answer.json());
                }
            }
            fetched.add(pattern);
        }
        for (CloudEvent e : ELECTION_EVENTS.all()) {
            scan.event(e);
        }
        // every document the service stored, in every collection, and every log line it wrote meanwhile
        List<String> collections = database.listCollectionNames().into(new ArrayList<>());
        assertThat(collections).contains("events", "ballot_box", "ballot_answers");
        int documents = 0;
        for (String collection : collections) {
            for (org.bson.Document document : database.getCollection(collection).find()) {
                scan.document(collection, document);
                documents++;
            }
        }
        List<String> lines = logs.lines();
        for (int i = 0; i < lines.size(); i++) {
            scan.logLine("log line " + i, lines.get(i));
        }
        assertThat(documents).as("documents scanned").isGreaterThan(receipts.size() + firstReceipts.size());
        assertThat(lines).as("log lines scanned").isNotEmpty();
        assertThat(scan.withBallots()).as("stored ballots were scanned").anyMatch(w -> w.startsWith("ballot_box "));
        assertThat(scan.withVoters()).as("the stored register was scanned").anyMatch(w -> w.startsWith("events "));
        assertThat(fetched).as("every GET of the API").contains("/api/v1/contests/{id}/published",
                "/api/v1/contests/{id}/receipts/{receipt}", "/api/v1/contests/{id}", "/api/v1/elections/{id}",
                "/api/v1/contests/{id}/turnout", "/api/v1/executive-committee", "/api/v1/contests");
        assertThat(scan.withBallots()).as("answers and events holding ballots were scanned")
                .anyMatch(w -> w.startsWith("GET /api/v1/contests/" + contest + "/published"))
                .anyMatch(w -> w.startsWith("GET /api/v1/contests/" + contest + "/receipts/"))
                .anyMatch(w -> w.startsWith("charter.election.ContestCounted.") && w.endsWith(" " + special));
        assertThat(scan.withVoters()).as("answers and events naming voters were scanned")
                .anyMatch(w -> w.startsWith("GET /api/v1/contests/" + contest + "/turnout"))
                .anyMatch(w -> w.contains("voter:" + contest));
        // the receipts still prove each ballot: the ranking as cast, under the published root
        for (String receipt : receipts.subList(0, VOTERS.size())) {
            JsonNode proof = ok(api.get("/api/v1/contests/" + contest + "/receipts/" + receipt, secretary));
            assertThat(proof.path("ranking")).extracting(JsonNode::asText).containsExactlyElementsOf(rankings.get(receipt));
            assertThat(proof.path("root").asText()).isEqualTo(published.path("merkle").path("root").asText());
        }
    }

    /** Other ITs' members on the shared roll abstain, so the quorum holds whatever ran before. */
    private static void abstainOthers(Api api, String contest, List<String> receipts, List<String> ballotMarks) {
        othersVote(api, contest, List.of(), receipts, ballotMarks);
    }

    /** Other ITs' members on the shared roll vote too (their delegates are <member>-del), so the quorum holds. */
    private static void othersVote(Api api, String contest, List<String> ranking, List<String> receipts,
                                   List<String> ballotMarks) {
        String body = "{\"ranking\":[" + String.join(",", ranking.stream().map(x -> "\"" + x + "\"").toList()) + "]}";
        for (JsonNode other : ok(api.get("/api/v1/contests/" + contest + "/turnout", TestTokens.token("sam.secretary",
                Role.SECRETARY, null))).path("notYet")) {
            String m = other.asText();
            if (MEMBERS.contains(m)) {
                continue;
            }
            Api.Response r = api.send("POST", "/api/v1/contests/" + contest + "/ballots",
                    TestTokens.delegate(m.toLowerCase() + "-del", m), body, "Idempotency-Key", UUID.randomUUID().toString());
            if (r.status() == 201) {
                // not voter marks here: another IT's members and persons stand as candidates in its own contests
                receipts.add(r.json().path("receipt").asText());
                ballotMarks.addAll(List.of(r.json().path("receipt").asText(), r.json().path("nonce").asText()));
            }
        }
    }

    // ------------------------------------------------------------------ the API's GETs

    /** Every GET path of the service's API, as its controllers map them: one added later is scanned too. */
    private List<String> getPaths() {
        List<String> paths = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(paths::add);
        }
        assertThat(paths).as("the API's GETs").isNotEmpty();
        return paths;
    }

    /** The path with its variables filled with this test's elections, contests and receipts; fails on one it cannot fill. */
    private static List<String> filled(String pattern, Map<String, List<String>> values) {
        List<String> out = new ArrayList<>();
        if (!pattern.contains("{")) {
            out.add(pattern);
            if (pattern.equals("/api/v1/contests")) {
                for (String status : List.of("COUNTED", "OPEN", "SLATED", "ACCLAIMED")) {
                    out.add(pattern + "?status=" + status);
                }
            }
            return out;
        }
        List<String> ids = pattern.startsWith("/api/v1/elections/") ? values.get("elections")
                : pattern.startsWith("/api/v1/contests/") ? values.get("contests") : null;
        assertThat(ids).as("the scan fills %s: teach it this GET", pattern).isNotNull();
        for (String id : ids) {
            String withId = pattern.replace("{id}", id);
            if (withId.contains("{receipt}")) {
                values.get("receipt").forEach(r -> out.add(withId.replace("{receipt}", r)));
            } else {
                out.add(withId);
            }
        }
        out.forEach(p -> assertThat(p).as("the scan fills %s: teach it this GET", pattern).doesNotContain("{"));
        return out;
    }

    // ------------------------------------------------------------------ the cycle

    private String called(Api api, int fiscalYear, List<String> positions) {
        Instant t = termStart(fiscalYear - 1).minus(Duration.ofDays(60));
        String contests = String.join(",", positions.stream().map(p -> "{\"position\":\"" + p + "\",\"seats\":1}").toList());
        return created(api.post("/api/v1/elections", secretary, """
                {"fiscalYear":%d,"ballotOpensAt":"%s","contests":[%s]}""".formatted(fiscalYear, t, contests))).path("id")
                .asText();
    }

    private String nominatedAndAccepted(Api api, String election, String position, String person) {
        String id = created(api.post("/api/v1/elections/" + election + "/nominations", delegate("V5"),
                "{\"position\":\"%s\",\"nominee\":\"%s\",\"name\":\"%s\"}".formatted(position, person, person.toUpperCase())))
                .path("id").asText();
        ok(api.post("/api/v1/elections/" + election + "/nominations/" + id + "/acceptance",
                TestTokens.delegate(person, person.substring(0, 2).toUpperCase()), null));
        return id;
    }

    private static JsonNode cast(Api api, String contest, String token, List<String> ranking) {
        String body = "{\"ranking\":[" + String.join(",", ranking.stream().map(c -> "\"" + c + "\"").toList()) + "]}";
        Api.Response r = api.send("POST", "/api/v1/contests/" + contest + "/ballots", token, body, "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private static Instant termStart(int year) {
        return LocalDate.of(year, 7, 1).atStartOfDay(ZONE).toInstant();
    }

    // ------------------------------------------------------------------ reading

    /** This class's seat events: the committee's stream, naming one of V1-V9. */
    private static Predicate<CloudEvent> ours() {
        return e -> "executive-committee".equals(e.getSubject())
                && MEMBERS.stream().anyMatch(m -> new String(e.getData().toBytes()).contains("\"memberId\":\"" + m + "\""));
    }

    /** "SeatTaken CHAIR v1-k12 SUCCEEDED". */
    private static String move(CloudEvent e) {
        JsonNode data;
        try {
            data = JSON.readTree(e.getData().toBytes());
        } catch (java.io.IOException x) {
            throw new AssertionError(x);
        }
        return ELECTION_EVENTS.name(e) + " " + data.path("position").asText() + " " + data.path("personId").asText() + " "
                + data.path("reason").asText();
    }

    private JsonNode awaitCommittee(Api api, Predicate<JsonNode> done) {
        return await(() -> ok(api.get("/api/v1/executive-committee", secretary)), done);
    }

    /** The holder of a seat of the position who is the person; null when they hold none. */
    private static JsonNode holder(JsonNode committee, String position, String person) {
        for (JsonNode s : committee.path("seats")) {
            if (s.path("position").asText().equals(position) && s.path("holder").path("personId").asText().equals(person)) {
                return ((ObjectNode) s.path("holder")).put("seat", s.path("seat").asInt());
            }
        }
        return null;
    }
}
