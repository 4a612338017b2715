package org.charter.budget.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.charter.budget.BudgetServiceTest;
import org.charter.platform.test.MovableClock;
import org.charter.budget.fiscalyear.FiscalYear;
import org.charter.budget.proposal.BudgetYears;
import org.charter.budget.proposal.StartingContinuingBudgets;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.CommandContext;
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

    @Autowired
    BudgetYears years;

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
    void a_budget_goes_through_the_executive_committees_and_the_boards_polls_to_adoption_and_amendment_with_exact_totals() {
        String fy = "FY2027";
        String schedule = adoptedFeeSchedule(fy);

        // v1: balanced, to the Executive Committee, whose poll fails: back to DRAFT
        JsonNode v1 = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L)));
        String id = v1.path("id").asText();
        assertThat(id).isEqualTo(fy + "-B1");
        assertTotals(v1, "DRAFT", 1, 1_000_000_000L, 1_000_000_000L);
        assertTotals(ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null)), "EC_REVIEW", 1, 1_000_000_000L,
                1_000_000_000L);
        executiveCommittee("BUDGET_ADOPTION", id, 1, false);
        assertTotals(awaitStatus("/api/v1/budgets/" + id, "DRAFT"), "DRAFT", 1, 1_000_000_000L, 1_000_000_000L);

        // the poll publishes no reasons: the secretary records the Committee's comments, which the revision answers
        JsonNode commented = ok(api.post("/api/v1/budgets/" + id + "/executive-committee-comments", secretary, """
                {"comments":"move 100,000.00 from personnel to item development","lines":[
                 {"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","comment":"100,000.00 less"}]}"""));
        JsonNode comments = commented.path("executiveCommitteeComments").get(0);
        assertThat(comments.path("version").asInt()).isEqualTo(1);
        assertThat(comments.path("pollId").asText()).isEqualTo(commented.path("steps").get(1).path("pollId").asText())
                .isNotBlank();
        assertThat(comments.path("lineComments").get(0).path("comment").asText()).isEqualTo("100,000.00 less");

        // v2: revised, the Executive Committee's poll passes, the Board's fails
        JsonNode v2 = created(api.post("/api/v1/budgets/" + id + "/revisions", secretary,
                revision(6_900_000_00L, 2_600_000_00L, "as the EC asked")));
        assertTotals(v2, "DRAFT", 2, 1_000_000_000L, 1_000_000_000L);
        assertThat(ok(api.get("/api/v1/budgets/" + id + "/versions/2", secretary)).path("answersComments").get(0)
                .path("comments").asText()).isEqualTo("move 100,000.00 from personnel to item development");
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        Api.Response underReview = api.post("/api/v1/budgets/" + id + "/executive-committee-comments", secretary,
                "{\"comments\":\"too late\"}");
        assertThat(underReview.status()).isEqualTo(409);
        assertThat(underReview.contentType()).startsWith("application/problem+json");
        assertThat(underReview.code()).isEqualTo("NOT_RETURNED_BY_POLL");
        executiveCommittee("BUDGET_ADOPTION", id, 2, true);
        assertTotals(awaitStatus("/api/v1/budgets/" + id, "BOARD_VOTE"), "BOARD_VOTE", 2, 1_000_000_000L, 1_000_000_000L);
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.rejected(committee.motion("BUDGET_ADOPTION", id, 2));
        }
        assertTotals(awaitStatus("/api/v1/budgets/" + id, "REJECTED"), "REJECTED", 2, 1_000_000_000L, 1_000_000_000L);

        // v3: revised after the vote, through the Executive Committee's poll again, adopted by the Board's
        assertTotals(created(api.post("/api/v1/budgets/" + id + "/revisions", secretary, revision(6_950_000_00L,
                2_550_000_00L, "after the Board's vote"))), "DRAFT", 3, 1_000_000_000L, 1_000_000_000L);
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        executiveCommittee("BUDGET_ADOPTION", id, 3, true);
        awaitStatus("/api/v1/budgets/" + id, "BOARD_VOTE");
        try (CommitteeFeed committee = new CommitteeFeed()) {
            String stale = committee.motion("BUDGET_ADOPTION", id, 2);
            committee.adopted(stale, id, 2);
            committee.adopted(committee.motion("BUDGET_ADOPTION", id, 3), id, 3);
        }
        JsonNode adopted = awaitStatus("/api/v1/budgets/" + id, "ADOPTED");
        assertTotals(adopted, "ADOPTED", 3, 1_000_000_000L, 1_000_000_000L);
        assertThat(adopted.path("steps")).extracting(s -> s.path("step").asText()).containsExactly("SUBMITTED", "RETURNED",
                "SUBMITTED", "REFERRED_TO_BOARD", "REJECTED", "SUBMITTED", "REFERRED_TO_BOARD", "ADOPTED");
        assertThat(adopted.path("steps")).extracting(s -> s.path("pollId").isNull()).containsExactly(true, false, true, false,
                false, true, false, false);
        assertThat(adopted.path("steps").get(7).path("version").asInt()).isEqualTo(3);

        JsonNode diff = ok(api.get("/api/v1/budgets/" + id + "/versions/1/diff/3", TestTokens.auditor()));
        assertThat(diff.path("changes")).extracting(c -> c.path("change").asText() + " " + c.path("category").asText() + " "
                + c.path("deltaCents").asLong()).containsExactly("CHANGED ITEM_DEVELOPMENT 5000000",
                "CHANGED PERSONNEL -5000000");
        JsonNode history = ok(api.get("/api/v1/budgets/" + id + "/history", TestTokens.delegate("CA")));
        assertThat(history).extracting(h -> h.path("type").asText().replace("charter.budget.", "").replace(".v1", ""))
                .containsExactly("BudgetProposed", "ProposalSubmitted", "ProposalReturnedByExecutiveCommittee",
                        "ExecutiveCommitteeCommentsRecorded", "BudgetRevised",
                        "ProposalSubmitted", "ProposalApprovedByExecutiveCommittee", "ProposalRejected", "BudgetRevised",
                        "ProposalSubmitted", "ProposalApprovedByExecutiveCommittee", "ProposalAdopted");
        JsonNode year = ok(api.get("/api/v1/fiscal-years/" + fy + "/budget", TestTokens.delegate("CA")));
        assertThat(year.path("budget").asText()).isEqualTo(id);
        assertThat(year.path("version").asInt()).isEqualTo(3);
        assertThat(year.path("revenueCents").asLong()).isEqualTo(1_000_000_000L);

        // an amendment: 250,000.00 more grant revenue, 250,000.00 more personnel, reviewed, adopted by MAJORITY_CAST
        JsonNode amendment = created(api.post("/api/v1/amendments", secretary, """
                {"fiscalYear":"%s","reason":"state grant","lines":[
                 {"kind":"REVENUE","category":"GRANTS","description":"State grant","deltaCents":25000000},
                 {"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","deltaCents":25000000}]}""".formatted(fy)));
        String a1 = amendment.path("id").asText();
        assertThat(amendment.path("amends").asText()).isEqualTo(id);
        ok(api.post("/api/v1/amendments/" + a1 + "/submission", secretary, null));
        executiveCommittee("BUDGET_AMENDMENT", a1, 1, true);
        awaitStatus("/api/v1/amendments/" + a1, "BOARD_VOTE");
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.adopted(committee.motion("BUDGET_AMENDMENT", a1, 1), a1, 1);
        }
        awaitStatus("/api/v1/amendments/" + a1, "ADOPTED");
        JsonNode effective = ok(api.get("/api/v1/fiscal-years/" + fy + "/budget", secretary));
        assertThat(effective.path("amendments")).extracting(JsonNode::asText).containsExactly(a1);
        assertThat(effective.path("revenueCents").asLong()).isEqualTo(1_025_000_000L);
        assertThat(effective.path("expenseCents").asLong()).isEqualTo(1_025_000_000L);
        assertThat(effective.path("lines").toString()).contains("\"description\":\"Staff\",\"amountCents\":720000000");
        assertThat(effective.path("adoptedLines").toString()).contains("\"description\":\"Staff\",\"amountCents\":695000000");

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

        // every event of the year reached Kafka, in the order stored, and matches its schema
        long stored = streamVersion(fy);
        List<CloudEvent> events = awaitEvents(e -> ("fiscal-year:" + fy).equals(e.getSubject()), (int) stored);
        assertThat(events).hasSize((int) stored);
        EventSchemas schemas = EventSchemas.inRepository();
        events.forEach(schemas::validate);
        assertThat(events).extracting(e -> e.getType().replace("charter.budget.", "").replace(".v1", "")).contains(
                "FeeScheduleProposed", "BudgetProposed", "BudgetRevised", "AmendmentProposed", "ProposalSubmitted",
                "ProposalReturnedByExecutiveCommittee", "ExecutiveCommitteeCommentsRecorded",
                "ProposalApprovedByExecutiveCommittee", "ProposalAdopted", "ProposalRejected");
        assertThat(events.get(0).getExtension("actorsubject")).isEqualTo("sam.secretary");
    }

    @Test
    void a_secretary_may_still_record_the_executive_committees_review_by_hand() {
        String fy = "FY2029";
        adoptedFeeSchedule(fy);
        String id = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id").asText();
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        JsonNode returned = ok(api.post("/api/v1/budgets/" + id + "/return", secretary,
                "{\"comments\":\"move 100,000.00 from personnel to item development\"}"));
        assertThat(returned.path("status").asText()).isEqualTo("DRAFT");
        assertThat(returned.path("steps").get(1).path("comments").asText()).startsWith("move 100,000.00");
        assertThat(api.post("/api/v1/budgets/" + id + "/executive-committee-comments", secretary,
                "{\"comments\":\"again\"}").code()).isEqualTo("NOT_RETURNED_BY_POLL");
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        assertThat(ok(api.post("/api/v1/budgets/" + id + "/board-referral", secretary, "{\"comments\":\"approved\"}"))
                .path("status").asText()).isEqualTo("BOARD_VOTE");
    }

    // ---------------------------------------------------------------- bad input (issue 14): a precise code, nothing changed

    @Test
    void an_unbalanced_budget_cannot_leave_draft_and_the_problem_names_the_gap() {
        String fy = "FY2031";
        adoptedFeeSchedule(fy);
        String id = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_01L))).path("id").asText();
        long version = streamVersion(fy);

        Api.Response unbalanced = api.post("/api/v1/budgets/" + id + "/submission", secretary, null);

        assertThat(unbalanced.status()).isEqualTo(422);
        assertThat(unbalanced.contentType()).startsWith("application/problem+json");
        assertThat(unbalanced.code()).isEqualTo("BUDGET_NOT_BALANCED");
        assertThat(unbalanced.json().path("gapCents").asLong()).isEqualTo(-1);
        assertThat(unbalanced.json().path("detail").asText()).contains("lower expense by 1 cents");
        assertUnchanged(fy, version, id, "DRAFT");
    }

    @Test
    void a_negative_amount_is_refused_and_nothing_is_proposed() {
        String fy = "FY2041";
        Api.Response negative = api.post("/api/v1/budgets", secretary, """
                {"fiscalYear":"%s","lines":[{"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","amountCents":-5}]}"""
                .formatted(fy));

        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.code()).isEqualTo("NEGATIVE_AMOUNT");
        assertThat(streamVersion(fy)).isZero();
        assertThat(api.get("/api/v1/fiscal-years/" + fy, secretary).code()).isEqualTo("FISCAL_YEAR_NOT_FOUND");
    }

    @Test
    void fee_lines_that_differ_from_the_adopted_schedule_cannot_leave_draft() {
        String fy = "FY2032";
        adoptedFeeSchedule(fy);
        String offFees = budget(fy, 7_000_000_00L, 2_500_000_00L).replace("\"amountCents\":" + GOVERNING_FEES,
                "\"amountCents\":" + (GOVERNING_FEES + 1)).replace("\"amountCents\":" + GRANTS, "\"amountCents\":" + (GRANTS - 1));
        String differing = created(api.post("/api/v1/budgets", secretary, offFees)).path("id").asText();
        long version = streamVersion(fy);

        Api.Response mismatch = api.post("/api/v1/budgets/" + differing + "/submission", secretary, null);

        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.code()).isEqualTo("FEE_LINES_MISMATCH");
        assertUnchanged(fy, version, differing, "DRAFT");
    }

    @Test
    void a_second_budget_for_a_year_with_an_adopted_one_is_refused_and_a_second_adoption_records_nothing() {
        String fy = "FY2033";
        adoptedFeeSchedule(fy);
        String good = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id")
                .asText();
        String rival = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id")
                .asText();
        for (String budget : List.of(good, rival)) {
            ok(api.post("/api/v1/budgets/" + budget + "/submission", secretary, null));
            executiveCommittee("BUDGET_ADOPTION", budget, 1, true);
            awaitStatus("/api/v1/budgets/" + budget, "BOARD_VOTE");
        }
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.adopted(committee.motion("BUDGET_ADOPTION", good, 1), good, 1);
            committee.adopted(committee.motion("BUDGET_ADOPTION", rival, 1), rival, 1);
        }
        awaitStatus("/api/v1/budgets/" + good, "ADOPTED");
        awaitEvents(e -> ("fiscal-year:" + fy).equals(e.getSubject()) && e.getType().contains("ProposalAdopted"), 2);
        long version = streamVersion(fy);

        Api.Response second = api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.code()).isEqualTo("ALREADY_ADOPTED");
        assertUnchanged(fy, version, rival, "BOARD_VOTE");
        assertThat(ok(api.get("/api/v1/fiscal-years/" + fy, TestTokens.auditor())).path("adoptedBudget").asText())
                .isEqualTo(good);
    }

    @Test
    void an_adopted_budget_cannot_be_edited() {
        String fy = "FY2034";
        String good = adoptedBudget(fy);
        long version = streamVersion(fy);

        Api.Response edit = api.post("/api/v1/budgets/" + good + "/revisions", secretary, revision(7_000_000_00L,
                2_500_000_00L, "edit"));
        Api.Response resubmit = api.post("/api/v1/budgets/" + good + "/submission", secretary, null);

        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.contentType()).startsWith("application/problem+json");
        assertThat(edit.code()).isEqualTo("ALREADY_ADOPTED");
        assertThat(resubmit.code()).isEqualTo("ALREADY_ADOPTED");
        assertUnchanged(fy, version, good, "ADOPTED");
        assertThat(ok(api.get("/api/v1/budgets/" + good, secretary)).path("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_vote_of_another_body_than_the_governing_board_or_the_executive_committee_moves_nothing() {
        // votes are the committee's polls: a non-Governing member's vote is refused there (403 NOT_ELIGIBLE, the
        // committee's tests); here a member's delegate records nothing, and a motion put to a work group decides nothing
        String fy = "FY2035";
        adoptedFeeSchedule(fy);
        String id = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id").asText();
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        long version = streamVersion(fy);
        long read = committeeEventsRead();

        Api.Response byAffiliate = api.post("/api/v1/budgets/" + id + "/board-referral", TestTokens.delegate("PR"), null);
        try (CommitteeFeed committee = new CommitteeFeed()) {
            String workGroup = committee.motionTo("ITEM_WRITING", "BUDGET_ADOPTION", id, 1);
            committee.adopted(workGroup, id, 1);
        }
        executiveCommittee("BUDGET_ADOPTION", id, 2, true);

        assertThat(byAffiliate.status()).isEqualTo(403);
        assertThat(byAffiliate.contentType()).startsWith("application/problem+json");
        assertThat(byAffiliate.code()).isEqualTo("FORBIDDEN");
        awaitCommitteeEventsRead(read + 4);
        assertUnchanged(fy, version, id, "EC_REVIEW");
    }

    @Test
    void an_unbalanced_amendment_cannot_leave_draft() {
        String fy = "FY2036";
        adoptedBudget(fy);
        String a1 = created(api.post("/api/v1/amendments", secretary, """
                {"fiscalYear":"%s","lines":[{"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","deltaCents":7}]}"""
                .formatted(fy))).path("id").asText();
        long version = streamVersion(fy);

        Api.Response refused = api.post("/api/v1/amendments/" + a1 + "/submission", secretary, null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("BUDGET_NOT_BALANCED");
        assertThat(refused.json().path("gapCents").asLong()).isEqualTo(-7);
        assertThat(streamVersion(fy)).isEqualTo(version);
    }

    @Test
    void steps_out_of_order_and_bad_names_are_refused() {
        String fy = "FY2037";
        adoptedFeeSchedule(fy);
        String id = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id").asText();
        long version = streamVersion(fy);

        assertThat(api.post("/api/v1/budgets/" + id + "/return", secretary, "{\"comments\":\"x\"}").code())
                .isEqualTo("WRONG_STEP");
        assertThat(api.post("/api/v1/budgets", TestTokens.delegate("CA"), budget(fy, 1, 1)).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/budgets/" + id + "/submission", TestTokens.auditor(), null).code())
                .isEqualTo("AUDITOR_READ_ONLY");
        Api.Response badYear = api.post("/api/v1/budgets", secretary, budget("2031", 7_000_000_00L, 2_500_000_00L));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.code()).isEqualTo("FISCAL_YEAR_INVALID");
        assertUnchanged(fy, version, id, "DRAFT");
    }

    // ---------------------------------------------------------------- the continuing year

    @Test
    void july_1_without_an_adopted_budget_starts_the_continuing_budget_with_old_fees_and_a_30_day_vote_deadline()
            throws Exception {
        String fy = "FY2038";
        String schedule = adoptedFeeSchedule(fy);
        adoptedBudgetUnder(fy);
        // the service's own clock would look every tick; here the same use case looks at July 1, 2038 in Los Angeles
        MovableClock july1 = new MovableClock(Instant.parse("2038-07-01T07:00:05Z"));
        new StartingContinuingBudgets(years, july1, FiscalYear.CONSORTIUM_ZONE, 30).startIfDue(CommandContext.system())
                .orElseThrow();

        JsonNode continuing = ok(api.get("/api/v1/fiscal-years/FY2039/continuing-budget", TestTokens.delegate("CA")));
        assertThat(continuing.path("from").asText()).isEqualTo(fy);
        assertThat(continuing.path("started").asBoolean()).isTrue();
        JsonNode staff = continuing.path("lines").get(3);
        assertThat(staff.path("line").path("description").asText()).isEqualTo("Staff");
        assertThat(staff.path("months").get(0).path("month").asText()).isEqualTo("2038-07");
        assertThat(staff.path("months").get(0).path("amountCents").asLong()).isEqualTo(58_333_333L);
        assertThat(staff.path("months").get(11).path("month").asText()).isEqualTo("2039-06");
        assertThat(staff.path("months").get(11).path("amountCents").asLong()).isEqualTo(700_000_000L - 11 * 58_333_333L);
        for (JsonNode line : continuing.path("lines")) {
            long sum = 0;
            for (JsonNode month : line.path("months")) {
                sum += month.path("amountCents").asLong();
            }
            assertThat(sum).isEqualTo(line.path("line").path("amountCents").asLong());
        }

        JsonNode fees = ok(api.get("/api/v1/fiscal-years/FY2039/member-fees", secretary));
        assertThat(fees.path("feeSchedule").asText()).isEqualTo(schedule);
        assertThat(fees.path("carriedFrom").asText()).isEqualTo(fy);
        assertThat(fees.path("fees")).extracting(f -> f.path("member").asText() + " " + f.path("months").asInt() + " "
                + f.path("feeCents").asLong()).containsExactly("CA 12 4500002", "WA 12 1500002", "PR 12 2500000",
                "GU 12 300002");

        List<CloudEvent> events = awaitEvents(e -> "fiscal-year:FY2039".equals(e.getSubject()), 2);
        EventSchemas.inRepository().validate(events.get(1));
        assertThat(events).extracting(CloudEvent::getType).containsExactly("charter.budget.ContinuingBudgetStarted.v1",
                "charter.budget.BoardVoteDeadlineSet.v1");
        events.forEach(EventSchemas.inRepository()::validate);
        JsonNode deadline = new ObjectMapper().readTree(events.get(1).getData().toBytes());
        assertThat(deadline.path("voteOpensBy").asText()).isEqualTo("2038-07-31T07:00:00Z");
        assertThat(deadline.path("days").asInt()).isEqualTo(30);
    }

    // ---------------------------------------------------------------- helpers

    /** The year's fee schedule and a budget of version 1, both through the Executive Committee's and the Board's polls. */
    private String adoptedBudget(String fy) {
        adoptedFeeSchedule(fy);
        return adoptedBudgetUnder(fy);
    }

    private String adoptedBudgetUnder(String fy) {
        String id = created(api.post("/api/v1/budgets", secretary, budget(fy, 7_000_000_00L, 2_500_000_00L))).path("id")
                .asText();
        ok(api.post("/api/v1/budgets/" + id + "/submission", secretary, null));
        executiveCommittee("BUDGET_ADOPTION", id, 1, true);
        awaitStatus("/api/v1/budgets/" + id, "BOARD_VOTE");
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.adopted(committee.motion("BUDGET_ADOPTION", id, 1), id, 1);
        }
        awaitStatus("/api/v1/budgets/" + id, "ADOPTED");
        return id;
    }

    /** Nothing recorded on the year, and the proposal where it was. */
    private void assertUnchanged(String fy, long version, String proposal, String status) {
        assertThat(streamVersion(fy)).as("events on " + fy).isEqualTo(version);
        assertThat(ok(api.get("/api/v1/budgets/" + proposal, secretary)).path("status").asText()).isEqualTo(status);
    }

    /** How many of the committee's events the budget's consumer has applied (refused decisions included). */
    private long committeeEventsRead() {
        return database.getCollection("processed_events").countDocuments(
                Filters.regex("_id", "^budget\\.committee-decisions/"));
    }

    private void awaitCommitteeEventsRead(long count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (committeeEventsRead() < count) {
            assertThat(System.nanoTime()).as("the committee's events read").isLessThan(deadline);
            sleep();
        }
    }

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
        executiveCommittee("FEE_SCHEDULE", id, 1, true);
        awaitStatus("/api/v1/fee-schedules/" + id, "BOARD_VOTE");
        try (CommitteeFeed committee = new CommitteeFeed()) {
            committee.adopted(committee.motion("FEE_SCHEDULE", id, 1), id, 1);
        }
        awaitStatus("/api/v1/fee-schedules/" + id, "ADOPTED");
        return id;
    }

    /** The Executive Committee's poll on the version, as the committee publishes it: a motion put to it, adopted or rejected. */
    private static void executiveCommittee(String kind, String proposal, int version, boolean passes) {
        try (CommitteeFeed committee = new CommitteeFeed()) {
            String motion = committee.review(kind, proposal, version);
            if (passes) {
                committee.adopted(motion, proposal, version);
            } else {
                committee.rejected(motion);
            }
        }
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
