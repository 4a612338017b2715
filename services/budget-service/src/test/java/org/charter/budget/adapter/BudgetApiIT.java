package org.charter.budget.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.charter.budget.BudgetServiceTest;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.eventstore.EventStore;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.charter.platform.test.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The budget API end to end: real HTTP, the in-process Kafka broker (membership's and the
 * committee's events in, the budget's out) and the MongoDB wire-protocol server. The Board's
 * votes are the committee's: each is played by publishing the committee's real outcome events.
 * Each test works on a fiscal year of its own.
 */
@BudgetServiceTest
class BudgetApiIT {

    // GOVERNING at 1.5 cents a student: CA 3,000,001 → 4,500,001.5 → 4,500,002; WA 1,000,001 → 1,500,002;
    // GU 200,001 → 300,001.5 → 300,002 (each half-even); AFFILIATE PR flat 25,000.00
    private static final long GOVERNING_FEES = 4_500_002L + 1_500_002L + 300_002L;
    private static final long AFFILIATE_FEES = 2_500_000L;
    private static final long GRANTS = 1_000_000_000L - GOVERNING_FEES - AFFILIATE_FEES;
    private static boolean rollFed;

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    EventStore store;

    private Api api;
    private final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);

    @BeforeEach
    void roll() {
        api = new Api(port);
        synchronized (BudgetApiIT.class) {
            if (rollFed) {
                return;
            }
            try (MembershipFeed feed = new MembershipFeed(database)) {
                Instant since = Instant.parse("2020-07-01T07:00:00Z");
                feed.admitted("CA", "GOVERNING", since).admitted("WA", "GOVERNING", since).admitted("PR", "AFFILIATE", since)
                        // admitted October 15, 2026: 8 whole months of FY2027 left (November to June)
                        .admitted("GU", "GOVERNING", Instant.parse("2026-10-15T19:00:00Z"));
                feed.awaitRoll("CA", "WA", "PR", "GU");
            }
            rollFed = true;
        }
    }

    @Test
    void a_budget_is_returned_revised_rejected_revised_adopted_and_amended_with_exact_totals_at_each_step() {
        String fy = "FY2027";
        String schedule = adoptedFeeSchedule(fy);

        // v1: balanced, to the Executive Committee, returned with comments
        JsonNode v1 = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L)));
        String id = v1.path("id").asText();
        assertThat(id).isEqualTo(fy + "-B1");
        assertTotals(v1, "DRAFT", 1, 1_000_000_000L, 1_000_000_000L);
        assertTotals(ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null)), "EC_REVIEW", 1, 1_000_000_000L,
                1_000_000_000L);
        JsonNode returned = ok(api.post("/api/v1/budgets/" + id + "/return", secretary,
                "{\"comments\":\"move 100,000.00 from personnel to item development\"}"));
        assertThat(returned.path("status").asText()).isEqualTo("DRAFT");

        // v2: revised, approved by the EC, rejected by the Board
        JsonNode v2 = created(api.post("/api/v1/budgets/" + id + "/revisions", secretary,
                revision(6_900_000_00L, 2_600_000_00L, "as the EC asked")));
        assertTotals(v2, "DRAFT", 2, 1_000_000_000L, 1_000_000_000L);
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        assertTotals(ok(api.post("/api/v1/budgets/" + id + "/board-referral", secretary, "{\"comments\":\"approved\"}")),
                "BOARD_VOTE", 2, 1_000_000_000L, 1_000_000_000L);
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.rejected(committee.motion("BUDGET_ADOPTION", id, 2));
        }
        assertTotals(awaitStatus("/api/v1/budgets/" + id, "REJECTED"), "REJECTED", 2, 1_000_000_000L, 1_000_000_000L);

        // v3: revised after the vote, through the EC again, adopted by the Board
        created(api.post("/api/v1/budgets/" + id + "/revisions", secretary, revision(6_950_000_00L, 2_550_000_00L,
                "after the Board's vote")));
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        ok(api.post("/api/v1/budgets/" + id + "/board-referral", secretary, null));
        try (CommitteeFeed committee = new CommitteeFeed()) {
            String stale = committee.motion("BUDGET_ADOPTION", id, 2);
            committee.adopted(stale, id, 2);
            committee.adopted(committee.motion("BUDGET_ADOPTION", id, 3), id, 3);
        }
        JsonNode adopted = awaitStatus("/api/v1/budgets/" + id, "ADOPTED");
        assertTotals(adopted, "ADOPTED", 3, 1_000_000_000L, 1_000_000_000L);
        assertThat(adopted.path("steps")).extracting(s -> s.path("step").asText()).containsExactly("SUBMITTED", "RETURNED",
                "SUBMITTED", "REFERRED_TO_BOARD", "REJECTED", "SUBMITTED", "REFERRED_TO_BOARD", "ADOPTED");
        assertThat(adopted.path("steps").get(7).path("version").asInt()).isEqualTo(3);

        JsonNode diff = ok(api.get("/api/v1/budgets/" + id + "/versions/1/diff/3", TestTokens.auditor()));
        assertThat(diff.path("changes")).extracting(c -> c.path("change").asText() + " " + c.path("category").asText() + " "
                + c.path("deltaCents").asLong()).containsExactly("CHANGED ITEM_DEVELOPMENT 5000000",
                "CHANGED PERSONNEL -5000000");
        JsonNode year = ok(api.get("/api/v1/fiscal-years/" + fy + "/budget", TestTokens.delegate("CA")));
        assertThat(year.path("budget").asText()).isEqualTo(id);
        assertThat(year.path("version").asInt()).isEqualTo(3);
        assertThat(year.path("revenueCents").asLong()).isEqualTo(1_000_000_000L);

        // an amendment: 250,000.00 more grant revenue, 250,000.00 more personnel, adopted by MAJORITY_CAST
        JsonNode amendment = created(api.post("/api/v1/amendments", secretary, """
                {"fiscalYear":"%s","reason":"state grant","lines":[
                 {"kind":"REVENUE","category":"GRANTS","description":"State grant","deltaCents":25000000},
                 {"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","deltaCents":25000000}]}""".formatted(fy)));
        String a1 = amendment.path("id").asText();
        assertThat(amendment.path("amends").asText()).isEqualTo(id);
        ok(api.post("/api/v1/amendments/" + a1 + "/submission", secretary, null));
        ok(api.post("/api/v1/amendments/" + a1 + "/board-referral", secretary, null));
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.adopted(committee.motion("BUDGET_AMENDMENT", a1, 1), a1, 1);
        }
        awaitStatus("/api/v1/amendments/" + a1, "ADOPTED");
        JsonNode effective = ok(api.get("/api/v1/fiscal-years/" + fy + "/budget", secretary));
        assertThat(effective.path("amendments")).extracting(JsonNode::asText).containsExactly(a1);
        assertThat(effective.path("revenueCents").asLong()).isEqualTo(1_025_000_000L);
        assertThat(effective.path("expenseCents").asLong()).isEqualTo(1_025_000_000L);
        assertThat(effective.path("lines").toString()).contains("\"description\":\"Staff\",\"amountCents\":720000000");

        // what each member owes: GU admitted mid-year pays 8/12 of 300,001.5 = 200,001 cents
        JsonNode fees = ok(api.get("/api/v1/fiscal-years/" + fy + "/member-fees", secretary));
        assertThat(fees.path("feeSchedule").asText()).isEqualTo(schedule);
        assertThat(fees.path("fees")).extracting(f -> f.path("member").asText() + " " + f.path("months").asInt() + " "
                + f.path("feeCents").asLong()).containsExactly("CA 12 4500002", "WA 12 1500002", "PR 12 2500000",
                "GU 8 200001");
        assertThat(fees.path("totalCents").asLong()).isEqualTo(4_500_002L + 1_500_002L + 2_500_000L + 200_001L);
        Api.Response csv = api.get("/api/v1/fiscal-years/" + fy + "/member-fees.csv", TestTokens.auditor());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("member,tier,projectedStudents,months,feeCents\nCA,GOVERNING,3000001,12,4500002\n"
                + "WA,GOVERNING,1000001,12,1500002\nPR,AFFILIATE,0,12,2500000\nGU,GOVERNING,200001,8,200001\n");

        // every event of the year reached Kafka and matches its schema
        List<CloudEvent> events = awaitEvents(e -> ("fiscal-year:" + fy).equals(e.getSubject()), 19);
        EventSchemas schemas = EventSchemas.inRepository();
        events.forEach(schemas::validate);
        assertThat(events).extracting(e -> e.getType().replace("charter.budget.", "").replace(".v1", "")).contains(
                "FeeScheduleProposed", "BudgetProposed", "BudgetRevised", "AmendmentProposed", "ProposalSubmitted",
                "ProposalReturned", "ProposalReferredToBoard", "ProposalAdopted", "ProposalRejected");
        assertThat(events.get(0).getExtension("actorsubject")).isEqualTo("sam.secretary");
    }

    @Test
    void bad_input_gets_a_precise_code_and_changes_nothing() {
        String fy = "FY2031";
        adoptedFeeSchedule(fy);
        String id = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_01L))).path("id").asText();
        long version = streamVersion(fy);

        Api.Response unbalanced = api.post("/api/v1/budgets/" + id + "/submission", secretary, null);
        assertThat(unbalanced.status()).isEqualTo(422);
        assertThat(unbalanced.contentType()).startsWith("application/problem+json");
        assertThat(unbalanced.code()).isEqualTo("BUDGET_NOT_BALANCED");
        assertThat(unbalanced.json().path("gapCents").asLong()).isEqualTo(-1);

        Api.Response negative = api.post("/api/v1/budgets", secretary, """
                {"fiscalYear":"%s","lines":[{"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","amountCents":-5}]}"""
                .formatted(fy));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.code()).isEqualTo("NEGATIVE_AMOUNT");

        String offFees = budget(fy, 7_000_000_00L, 2_500_000_00L).replace("\"amountCents\":" + GOVERNING_FEES,
                "\"amountCents\":" + (GOVERNING_FEES + 1)).replace("\"amountCents\":" + GRANTS, "\"amountCents\":" + (GRANTS - 1));
        String differing = created(api.post("/api/v1/budgets", secretary, offFees)).path("id").asText();
        version = streamVersion(fy);
        Api.Response mismatch = api.post("/api/v1/budgets/" + differing + "/submission", secretary, null);
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.code()).isEqualTo("FEE_LINES_MISMATCH");
        assertThat(streamVersion(fy)).isEqualTo(version);

        Api.Response byDelegate = api.post("/api/v1/budgets", TestTokens.delegate("CA"), budget(fy, 7_000_000_00L,
                2_500_000_00L));
        assertThat(byDelegate.status()).isEqualTo(403);
        Api.Response byAuditor = api.post("/api/v1/budgets/" + id + "/submission", TestTokens.auditor(), null);
        assertThat(byAuditor.status()).isEqualTo(403);
        Api.Response badYear = api.post("/api/v1/budgets", secretary, budget("2031", 7_000_000_00L, 2_500_000_00L));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.code()).isEqualTo("FISCAL_YEAR_INVALID");
        assertThat(api.post("/api/v1/budgets/" + id + "/return", secretary, "{\"comments\":\"x\"}").code())
                .isEqualTo("WRONG_STEP");
        assertThat(streamVersion(fy)).isEqualTo(version);

        // adopt one budget; then a second adoption, a new budget and an edit of the adopted one are refused
        String good = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id")
                .asText();
        String rival = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id")
                .asText();
        for (String budget : List.of(good, rival)) {
            ok(api.post("/api/v1/budgets/" + budget + "/submission", secretary, null));
            ok(api.post("/api/v1/budgets/" + budget + "/board-referral", secretary, null));
        }
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.adopted(committee.motion("BUDGET_ADOPTION", good, 1), good, 1);
            committee.adopted(committee.motion("BUDGET_ADOPTION", rival, 1), rival, 1);
        }
        awaitStatus("/api/v1/budgets/" + good, "ADOPTED");
        awaitEvents(e -> ("fiscal-year:" + fy).equals(e.getSubject()) && e.getType().contains("ProposalAdopted"), 2);
        version = streamVersion(fy);
        assertThat(ok(api.get("/api/v1/budgets/" + rival, secretary)).path("status").asText()).isEqualTo("BOARD_VOTE");
        Api.Response second = api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("ALREADY_ADOPTED");
        Api.Response edit = api.post("/api/v1/budgets/" + good + "/revisions", secretary, revision(7_000_000_00L,
                2_500_000_00L, "edit"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.code()).isEqualTo("ALREADY_ADOPTED");
        Api.Response unbalancedAmendment = api.post("/api/v1/amendments", secretary, """
                {"fiscalYear":"%s","lines":[{"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","deltaCents":7}]}"""
                .formatted(fy));
        String a1 = created(unbalancedAmendment).path("id").asText();
        version = streamVersion(fy);
        Api.Response refused = api.post("/api/v1/amendments/" + a1 + "/submission", secretary, null);
        assertThat(refused.code()).isEqualTo("BUDGET_NOT_BALANCED");
        assertThat(refused.json().path("gapCents").asLong()).isEqualTo(-7);
        assertThat(streamVersion(fy)).isEqualTo(version);
        assertThat(ok(api.get("/api/v1/budgets/" + good, secretary)).path("version").asInt()).isEqualTo(1);

        // the year after starts without an adopted budget: it continues on this one at 1/12 a line a month
        JsonNode year = ok(api.get("/api/v1/fiscal-years/" + fy, TestTokens.auditor()));
        assertThat(year.path("adoptedBudget").asText()).isEqualTo(good);
        assertThat(year.path("proposals")).hasSize(6);
        assertThat(api.get("/api/v1/fiscal-years/" + fy + "/continuing-budget", secretary).code()).isEqualTo("ALREADY_ADOPTED");
        JsonNode continuing = ok(api.get("/api/v1/fiscal-years/FY2032/continuing-budget", TestTokens.delegate("CA")));
        assertThat(continuing.path("from").asText()).isEqualTo(fy);
        JsonNode staff = continuing.path("lines").get(3);
        assertThat(staff.path("line").path("description").asText()).isEqualTo("Staff");
        assertThat(staff.path("months").get(0).path("month").asText()).isEqualTo("2031-07");
        assertThat(staff.path("months").get(0).path("amountCents").asLong()).isEqualTo(58_333_333L);
        assertThat(staff.path("months").get(11).path("month").asText()).isEqualTo("2032-06");
        assertThat(staff.path("months").get(11).path("amountCents").asLong()).isEqualTo(700_000_000L - 11 * 58_333_333L);
        for (JsonNode line : continuing.path("lines")) {
            long sum = 0;
            for (JsonNode month : line.path("months")) {
                sum += month.path("amountCents").asLong();
            }
            assertThat(sum).isEqualTo(line.path("line").path("amountCents").asLong());
        }
    }

    // ---------------------------------------------------------------- helpers

    private String adoptedFeeSchedule(String fy) {
        JsonNode schedule = created(api.post("/api/v1/fee-schedules", secretary, """
                {"fiscalYear":"%s","rates":[{"tier":"GOVERNING","basis":"PER_STUDENT","centsPerStudent":1.5},
                  {"tier":"AFFILIATE","basis":"FLAT","flatCents":2500000}],
                 "assessments":[{"member":"CA","tier":"GOVERNING","projectedStudents":3000001},
                  {"member":"WA","tier":"GOVERNING","projectedStudents":1000001},
                  {"member":"PR","tier":"AFFILIATE","projectedStudents":0},
                  {"member":"GU","tier":"GOVERNING","projectedStudents":200001}]}""".formatted(fy)));
        String id = schedule.path("id").asText();
        assertThat(schedule.path("tierTotals").path("GOVERNING").asLong()).isEqualTo(GOVERNING_FEES);
        ok(api.post("/api/v1/fee-schedules/" + id + "/submission", secretary, null));
        ok(api.post("/api/v1/fee-schedules/" + id + "/board-referral", secretary, null));
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.adopted(committee.motion("FEE_SCHEDULE", id, 1), id, 1);
        }
        awaitStatus("/api/v1/fee-schedules/" + id, "ADOPTED");
        return id;
    }

    /** Revenue 10,000,000.00: the fee lines of the schedule and a grant; expense personnel + items + 500,000.00 reserve. */
    private static String budget(String fy, long personnel, long items) {
        return "{\"fiscalYear\":\"" + fy + "\"," + lines(personnel, items) + "}";
    }

    private static String revision(long personnel, long items, String note) {
        return "{\"note\":\"" + note + "\"," + lines(personnel, items) + "}";
    }

    private static String lines(long personnel, long items) {
        return """
                "lines":[{"kind":"REVENUE","category":"MEMBER_FEES","tier":"GOVERNING","description":"State fees","amountCents":%d},
                 {"kind":"REVENUE","category":"MEMBER_FEES","tier":"AFFILIATE","description":"Affiliate fees","amountCents":%d},
                 {"kind":"REVENUE","category":"GRANTS","description":"Federal grant","amountCents":%d},
                 {"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","amountCents":%d},
                 {"kind":"EXPENSE","category":"ITEM_DEVELOPMENT","description":"Items","amountCents":%d},
                 {"kind":"EXPENSE","category":"RESERVE_CONTRIBUTION","description":"Reserve","amountCents":50000000}]"""
                .formatted(GOVERNING_FEES, AFFILIATE_FEES, GRANTS, personnel, items);
    }

    private static void assertTotals(JsonNode budget, String status, int version, long revenue, long expense) {
        assertThat(budget.path("status").asText()).as(budget.toString()).isEqualTo(status);
        assertThat(budget.path("version").asInt()).isEqualTo(version);
        assertThat(budget.path("revenueCents").asLong()).isEqualTo(revenue);
        assertThat(budget.path("expenseCents").asLong()).isEqualTo(expense);
        assertThat(budget.path("gapCents").asLong()).isEqualTo(revenue - expense);
    }

    private JsonNode awaitStatus(String path, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode current = ok(api.get(path, secretary));
            if (current.path("status").asText().equals(status)) {
                return current;
            }
            assertThat(System.nanoTime()).as("%s reaches %s, is %s", path, status, current.path("status").asText())
                    .isLessThan(deadline);
            sleep();
        }
    }

    private long streamVersion(String fy) {
        return store.version("fiscal-year:" + fy);
    }

    private static List<CloudEvent> awaitEvents(Predicate<CloudEvent> wanted, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<CloudEvent> found = List.of();
        while (System.nanoTime() < deadline) {
            found = TopicReader.all(CharterInfrastructureExtension.endpoints().kafkaBootstrapServers(),
                    "charter.budget.events", Duration.ofSeconds(10)).stream().map(CloudEventEnvelope::fromKafka).filter(wanted)
                    .toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        }
        throw new AssertionError("expected " + count + " matching events on charter.budget.events, found " + found.size());
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
