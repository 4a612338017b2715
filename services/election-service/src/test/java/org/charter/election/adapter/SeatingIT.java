package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.adapter.CommitteeTestSupport.await;
import static org.charter.election.adapter.CommitteeTestSupport.created;
import static org.charter.election.adapter.CommitteeTestSupport.delegate;
import static org.charter.election.adapter.CommitteeTestSupport.governingWithK12Leads;
import static org.charter.election.adapter.CommitteeTestSupport.ok;
import static org.charter.election.adapter.CommitteeTestSupport.seat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.mongodb.client.MongoDatabase;
import org.charter.election.ElectionServiceTest;
import org.charter.platform.security.Role;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.test.Api;
import org.charter.platform.test.ContextTopic;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the count to the seats through REST, Kafka and the MongoDB wire-protocol server, on the
 * service's movable clock: certification (refused before the close, by a delegate, twice), the
 * Executive Committee read by any signed-in user, seating when the clock reaches July 1, a
 * resignation and an interim seat by the secretary with their refusals, a holder whose member is
 * suspended leaving, the next July 1's succession, and the seating events on the topic; a candidate no
 * longer eligible at certification struck and the ballots recounted, a correction citing a failed
 * re-tally, and a holder who no longer represents their member leaving.
 */
@ElectionServiceTest
class SeatingIT {

    private static final ContextTopic ELECTION_EVENTS = ContextTopic.of("election");

    /** Seven members: a majority of the electorate votes even with the other ITs' members on the shared roll. */
    private static final List<String> MEMBERS = List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7");
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @LocalServerPort
    int port;

    private final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);

    @BeforeAll
    static void board(@Autowired MongoDatabase database) {
        Instant since = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            governingWithK12Leads(feed, MEMBERS, since);
            feed.awaitRoll(MEMBERS.toArray(String[]::new));
        }
    }

    @Test
    void a_certified_election_seats_its_winners_on_july_1_and_vacancies_follow_the_rules(
            @Autowired MongoDatabase database) {
        Api api = new Api(port);
        int year = ElectionServiceTest.CLOCK.instant().atZone(ZoneOffset.UTC).getYear() + 3;
        int fiscalYear = year + 1;
        Instant termStart = LocalDate.of(year, 7, 1).atStartOfDay(ZONE).toInstant();
        Instant t = termStart.minus(Duration.ofDays(60));
        String election = created(api.post("/api/v1/elections", secretary, """
                {"fiscalYear":%d,"ballotOpensAt":"%s","contests":[{"position":"CHAIR_ELECT","seats":1},
                 {"position":"AT_LARGE_K12","seats":1}]}""".formatted(fiscalYear, t))).path("id").asText();
        String chairElect = election + ".CHAIR_ELECT";

        ElectionServiceTest.CLOCK.set(t.minus(Duration.ofDays(40)));
        Map<String, String> candidate = new HashMap<>();
        for (String[] n : new String[][] {{"CHAIR_ELECT", "k1-k12"}, {"CHAIR_ELECT", "k2-k12"}, {"AT_LARGE_K12", "k3-k12"}}) {
            String id = created(api.post("/api/v1/elections/" + election + "/nominations", delegate("K5"),
                    "{\"position\":\"%s\",\"nominee\":\"%s\",\"name\":\"%s\"}".formatted(n[0], n[1], n[1].toUpperCase())))
                    .path("id").asText();
            ok(api.post("/api/v1/elections/" + election + "/nominations/" + id + "/acceptance",
                    TestTokens.delegate(n[1], n[1].substring(0, 2).toUpperCase()), null));
            candidate.put(n[1], id);
        }
        ElectionServiceTest.CLOCK.set(t.minus(Duration.ofDays(10)));
        ok(api.post("/api/v1/elections/" + election + "/slate", secretary, null));

        // the ballot: K1-K6 for k1-k12, K7 for k2-k12
        ElectionServiceTest.CLOCK.set(t.plus(Duration.ofMinutes(1)));
        await(() -> ok(api.get("/api/v1/contests/" + chairElect, secretary)), c -> c.path("status").asText().equals("OPEN"));
        for (String m : MEMBERS) {
            String choice = m.equals("K7") ? candidate.get("k2-k12") : candidate.get("k1-k12");
            Api.Response cast = api.send("POST", "/api/v1/contests/" + chairElect + "/ballots", delegate(m),
                    "{\"ranking\":[\"" + choice + "\"]}", "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(cast.status()).as("%s", cast).isEqualTo(201);
        }

        // certification: not before the count, never by a delegate, once
        assertThat(api.post("/api/v1/contests/" + chairElect + "/certification", secretary, null).code()).isEqualTo("WRONG_STEP");
        ok(api.post("/api/v1/contests/" + chairElect + "/closure", secretary, null));
        assertThat(api.post("/api/v1/contests/" + chairElect + "/certification", delegate("K1"), null).status()).isEqualTo(403);
        // counted but not certified: not among the public results; the contest itself stays behind a token
        assertThat(ok(api.get("/api/v1/contests/certified", null)).findValuesAsText("id")).doesNotContain(chairElect);
        assertThat(api.get("/api/v1/contests/" + chairElect, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/contests/" + chairElect + "/published", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/contests/" + chairElect + "/turnout", null).status()).isEqualTo(401);
        // before certification K2 appoints another K-12 lead: k2-k12 is no longer eligible, struck, the ballots recounted
        Instant newLead = t.plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            feed.representative("K2", "K12_LEAD", "k2-k12b", newLead);
            feed.awaitRoll("K2");
        }
        ElectionServiceTest.CLOCK.set(t.plus(Duration.ofMinutes(3)));
        JsonNode certified = ok(api.post("/api/v1/contests/" + chairElect + "/certification", secretary, null));
        assertThat(certified.path("certifiedBy").asText()).isEqualTo("sam.secretary");
        // certified: public, without a token, with its electorate, ballots cast and elected (never a ballot or a voter)
        JsonNode publicResult = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        for (JsonNode r : ok(api.get("/api/v1/contests/certified", null)).path("content")) {
            if (r.path("id").asText().equals(chairElect)) {
                publicResult = r;
            }
        }
        assertThat(publicResult.path("id").asText()).isEqualTo(chairElect);
        assertThat(publicResult.path("position").asText()).isEqualTo("CHAIR_ELECT");
        assertThat(publicResult.path("elected")).extracting(JsonNode::asText).containsExactly("K1-K12");
        assertThat(publicResult.path("ballots").asInt()).isEqualTo(MEMBERS.size());
        assertThat(publicResult.path("certifiedAt").asText()).isEqualTo(certified.path("certifiedAt").asText());
        assertThat(publicResult.toString()).doesNotContain("sam.secretary", "k1-del", "ranking");
        assertThat(api.post("/api/v1/contests/certified", null, "{}").status()).isIn(401, 405);
        assertThat(certified.path("elected")).extracting(JsonNode::asText).containsExactly("K1-K12");
        assertThat(certified.path("struck")).singleElement().satisfies(struck -> {
            assertThat(struck.path("id").asText()).isEqualTo(candidate.get("k2-k12"));
            assertThat(struck.path("reason").asText()).contains("k2-k12 is no longer in any role for K2");
        });
        assertThat(certified.path("candidates")).filteredOn(c -> c.path("withdrawn").asBoolean())
                .extracting(c -> c.path("id").asText()).containsExactly(candidate.get("k2-k12"));

        // a correction cites a failed re-tally: none yet; then a ballot found in the box that the count missed
        String correction = "/api/v1/contests/" + chairElect + "/correction";
        assertThat(api.post(correction, secretary, "{\"reason\":\"recount asked\"}").code()).isEqualTo("RETALLY_MATCHES");
        database.getCollection("ballot_box").insertOne(new org.bson.Document("_id", "0".repeat(64))
                .append("contestId", chairElect).append("ranking", List.of(candidate.get("k1-k12"))));
        assertThat(api.post(correction, secretary, "{\"reason\":\"\"}").code()).isEqualTo("REASON_REQUIRED");
        assertThat(api.post(correction, delegate("K1"), "{\"reason\":\"x\"}").status()).isEqualTo(403);
        JsonNode corrected = ok(api.post(correction, secretary, "{\"reason\":\"a ballot found after the count\"}"));
        assertThat(corrected.path("corrected").path("failedRetally").asText()).contains("Merkle root", "(8 ballots)");
        assertThat(corrected.path("merkleRoot").asText()).isNotEqualTo(certified.path("merkleRoot").asText());
        assertThat(corrected.path("certifiedAt").asText()).as("the certification stays").isEqualTo(
                certified.path("certifiedAt").asText());
        Api.Response again = api.post("/api/v1/contests/" + chairElect + "/certification", secretary, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.code()).isEqualTo("ALREADY_CERTIFIED");

        // before July 1 nobody is seated; anyone reads the committee, without a token (the public page)
        assertThat(seat(ok(api.get("/api/v1/executive-committee", delegate("K2"))), "CHAIR_ELECT", 1).path("holder").isNull())
                .isTrue();
        assertThat(seat(ok(api.get("/api/v1/executive-committee", null)), "CHAIR_ELECT", 1).path("holder").isNull()).isTrue();

        // July 1: the clock seats the elected and the acclaimed
        ElectionServiceTest.CLOCK.set(termStart.plusSeconds(1));
        JsonNode committee = await(() -> ok(api.get("/api/v1/executive-committee", delegate("K2"))),
                c -> !seat(c, "CHAIR_ELECT", 1).path("holder").isNull());
        JsonNode chair = seat(committee, "CHAIR_ELECT", 1).path("holder");
        assertThat(chair.path("personId").asText()).isEqualTo("k1-k12");
        assertThat(chair.path("memberId").asText()).isEqualTo("K1");
        assertThat(chair.path("reason").asText()).isEqualTo("ELECTED");
        assertThat(chair.path("termStart").asText()).isEqualTo(year + "-07-01");
        assertThat(chair.path("termEnd").asText()).isEqualTo((year + 1) + "-06-30");
        JsonNode atLarge = seat(committee, "AT_LARGE_K12", 1).path("holder");
        assertThat(atLarge.path("personId").asText()).isEqualTo("k3-k12");
        assertThat(atLarge.path("reason").asText()).isEqualTo("ACCLAIMED");
        assertThat(atLarge.path("termEnd").asText()).isEqualTo((year + 2) + "-06-30");

        // the Chair-Elect resigns: a vacancy for a special election within 60 days; refusals change nothing
        ElectionServiceTest.CLOCK.set(termStart.plus(Duration.ofDays(30)));
        String resignation = "/api/v1/executive-committee/seats/CHAIR_ELECT/1/resignation";
        assertThat(api.post(resignation, null, null).status()).isEqualTo(401);
        assertThat(api.post(resignation, delegate("K1"), null).status()).isEqualTo(403);
        JsonNode resigned = ok(api.post(resignation, secretary, null));
        JsonNode vacancy = seat(resigned, "CHAIR_ELECT", 1).path("vacancy");
        assertThat(seat(resigned, "CHAIR_ELECT", 1).path("holder").isNull()).isTrue();
        assertThat(vacancy.path("specialElectionBy").asText()).isEqualTo(LocalDate.of(year, 7, 31).plusDays(60).toString());
        assertThat(api.post(resignation, secretary, null).code()).isEqualTo("SEAT_VACANT");
        assertThat(api.post("/api/v1/executive-committee/seats/AT_LARGE_K12/3/resignation", secretary, null).code())
                .isEqualTo("SEAT_NOT_FOUND");

        // the EC's interim Chair-Elect, recorded by the secretary
        String interim = "/api/v1/executive-committee/seats/CHAIR_ELECT/1/interim";
        assertThat(api.post(interim, secretary, "{\"personId\":\"k4-k12\",\"name\":\"K4\"}").status()).isEqualTo(400);
        assertThat(api.post(interim, secretary, "{\"personId\":\"stranger\",\"name\":\"S\",\"decision\":\"EC-7\"}").code())
                .isEqualTo("HOLDER_NOT_ELIGIBLE");
        assertThat(api.post(interim, secretary, "{\"personId\":\"k3-alt\",\"name\":\"K3 alt\",\"decision\":\"EC-7\"}").code())
                .as("K3 holds an at-large seat").isEqualTo("MAX_SEATS_PER_MEMBER");
        assertThat(api.post("/api/v1/executive-committee/seats/PAST_CHAIR/1/interim", secretary,
                "{\"personId\":\"k4-k12\",\"name\":\"K4\",\"decision\":\"EC-7\"}").code()).isEqualTo("NO_VACANCY");
        JsonNode seated = ok(api.post(interim, secretary, "{\"personId\":\"k4-k12\",\"name\":\"K4\",\"decision\":\"EC-7\"}"));
        assertThat(seat(seated, "CHAIR_ELECT", 1).path("holder").path("reason").asText()).isEqualTo("INTERIM");
        assertThat(api.post(interim, secretary, "{\"personId\":\"k5-k12\",\"name\":\"K5\",\"decision\":\"EC-8\"}").code())
                .isEqualTo("SEAT_TAKEN");

        // K3 is suspended: its holder leaves at the suspension's effective instant
        Instant suspended = termStart.plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            feed.suspend("K3", suspended);
            feed.awaitRoll("K3");
        }
        ElectionServiceTest.CLOCK.set(suspended.plusSeconds(60));
        JsonNode afterSuspension = await(() -> ok(api.get("/api/v1/executive-committee", delegate("K2"))),
                c -> seat(c, "AT_LARGE_K12", 1).path("holder").isNull());
        assertThat(seat(afterSuspension, "AT_LARGE_K12", 1).path("vacancy").path("since").asText())
                .isEqualTo(suspended.toString());

        // K4 appoints another K-12 lead while staying in good standing: the interim Chair-Elect k4-k12 leaves
        Instant replaced = termStart.plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            feed.representative("K4", "K12_LEAD", "k4-k12b", replaced);
            feed.awaitRoll("K4");
        }
        ElectionServiceTest.CLOCK.set(replaced.plusSeconds(60));
        JsonNode afterReplacement = await(() -> ok(api.get("/api/v1/executive-committee", delegate("K2"))),
                c -> seat(c, "CHAIR_ELECT", 1).path("holder").isNull());
        assertThat(seat(afterReplacement, "CHAIR_ELECT", 1).path("vacancy").path("since").asText()).isEqualTo(replaced.toString());

        // the next July 1: the interim Chair-Elect's term would have ended and nobody succeeds to Chair
        ElectionServiceTest.CLOCK.set(termStart.plus(Duration.ofDays(366)));
        JsonNode nextYear = await(() -> ok(api.get("/api/v1/executive-committee", delegate("K2"))),
                c -> seat(c, "CHAIR_ELECT", 1).path("holder").isNull());
        assertThat(seat(nextYear, "CHAIR", 1).path("holder").isNull()).isTrue();

        // the topic: every seating event valid against its schema, in order
        // this test's: other ITs seat their own members on the one committee stream
        List<CloudEvent> events = ELECTION_EVENTS.await(ContextTopic.subject("executive-committee").and(e -> MEMBERS.stream()
                .anyMatch(m -> new String(e.getData().toBytes()).contains("\"memberId\":\"" + m + "\""))), 6);
        EventSchemas schemas = EventSchemas.inRepository();
        events.forEach(schemas::validate);
        assertThat(events).extracting(ELECTION_EVENTS::name).containsExactly("SeatTaken", "SeatTaken", "SeatVacated",
                "SeatTaken", "SeatVacated", "SeatVacated");
        assertThat(new String(events.get(5).getData().toBytes())).contains("\"REPRESENTATION_ENDED\"");
        List<CloudEvent> electionEvents = ELECTION_EVENTS.await(ContextTopic.subject(election), 13);
        electionEvents.forEach(schemas::validate);
        assertThat(electionEvents).extracting(ELECTION_EVENTS::name).contains("ContestRecounted", "ContestCertified",
                "ResultCorrected");
    }
}
