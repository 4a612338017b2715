package org.charter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;
import org.charter.conventions.test.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The budget-approval process end to end on the shared devstack ({@link SharedDevstack}, the stack
 * of {@link PolicyApprovalEndToEndIT} and {@link EdgeFuzzIT}): the secretary proposes and submits
 * a budget on the real budget service (or leaves a draft to the process's preparation, where the
 * budget service's refusal of an unbalanced one comes back), starts the process through the gateway, records the
 * Executive Committee's review in its task through the engine's REST API (as Tasklist does); the
 * process proposes the Board motion (subject: the budget's version) and opens its vote on the real
 * committee service; the Governing members' delegates vote; the committee's outcome reaches the
 * process over Kafka, and the budget service moves the budget on the same outcome. Each test ends
 * with its process ended and its poll closed, so the shared stack is quiet for the next test.
 */
class BudgetApprovalEndToEndIT {

    /** The Board vote's notice a second, its window long enough that a loaded machine votes inside it. */
    private static final String QUICK = "\"notice\":\"PT1S\",\"vote\":\"PT2M\"";

    private static RawHttp gateway;
    private static GoverningBoard board;
    private static Processes processes;

    @BeforeAll
    static void theSharedDevstack() throws Exception {
        SharedDevstack shared = SharedDevstack.get();
        gateway = new RawHttp(shared.devstack().port("gateway"));
        board = new GoverningBoard(gateway, shared.tokens());
        processes = new Processes(gateway, new RawHttp(shared.devstack().port("workflow")), board.secretaryToken());
        board.awaitSeats();
    }

    @Test
    void a_submitted_budget_referred_by_the_executive_committee_is_adopted_by_the_board() {
        String budget = submittedBudget(true);
        String process = processes.startBudgetApproval(budget, QUICK);

        String review = processes.awaitTask(process, "Record the Executive Committee's review");
        processes.claimAndSubmit(review, "executiveDecision", "REFER", "executiveComments", "balanced and sound");
        String poll = processes.awaitBoardVote(process);
        JsonNode motion = board.motion(processes.view(process).path("progress").path("motion").asText());
        assertThat(motion.path("kind").asText()).isEqualTo("BUDGET_ADOPTION");
        assertThat(budget(budget).path("status").asText()).isEqualTo("BOARD_VOTE");

        board.everyDelegate(poll, "YES", null);
        assertThat(board.close(poll).path("outcome").asText()).isEqualTo("ADOPTED");

        JsonNode ended = processes.awaitEnd(process);
        assertThat(ended.path("progress").path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(ended.path("startedBy").asText()).isEqualTo(GoverningBoard.SECRETARY);
        assertThat(processes.milestones(process)).containsExactly("BudgetApprovalStarted", "ExecutiveReviewRecorded",
                "BoardVoteOpened", "BudgetApprovalEnded");
        Eventually.that("the budget service adopts " + budget, () -> budget(budget).path("status").asText().equals("ADOPTED"));
        JsonNode year = get("/api/v1/fiscal-years/" + budget.substring(0, 6) + "/budget");
        assertThat(year.path("budget").asText()).isEqualTo(budget);
        assertThat(year.path("revenueCents").asLong()).isEqualTo(1_234_567_890L);
    }

    @Test
    void a_draft_prepared_in_the_process_and_voted_down_by_the_board_ends_rejected_and_the_budget_service_rejects_it() {
        String budget = proposedBudget(false, UNBALANCED);
        String process = processes.startBudgetApproval(budget, QUICK);

        // the preparation (model version 4): the real budget service refuses the unbalanced draft, with its gap
        processes.claimAndSubmit(processes.awaitTask(process, "Prepare the budget"));
        Eventually.that("the refusal is shown in the preparation", () -> processes.view(process).path("progress")
                .path("preparationProblem").asText().contains("BUDGET_NOT_BALANCED"));
        assertThat(processes.view(process).path("progress").path("preparationProblem").asText()).contains("differ by -1");
        RawHttp.Answer revised = gateway.request("POST", "/api/v1/budgets/" + budget + "/revisions").token(board.secretaryToken())
                .json("{\"lines\":" + BALANCED + ",\"note\":\"balanced\"}").send();
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        processes.claimAndSubmit(processes.awaitTask(process, "Prepare the budget"));

        processes.claimAndSubmit(processes.awaitTask(process, "Record the Executive Committee's review"),
                "executiveDecision", "REFER");
        String poll = processes.awaitBoardVote(process);
        board.everyDelegate(poll, "NO", null);
        assertThat(board.close(poll).path("outcome").asText()).isEqualTo("REJECTED");

        JsonNode ended = processes.awaitEnd(process);
        assertThat(ended.path("progress").path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(processes.milestone(process, "BudgetApprovalEnded").path("data").path("outcome").asText())
                .isEqualTo("REJECTED");
        Eventually.that("the budget service rejects " + budget, () -> budget(budget).path("status").asText().equals("REJECTED"));
    }

    private static final String BALANCED = """
            [{"kind":"REVENUE","category":"GRANTS","description":"Federal grant","amountCents":1234567890},
             {"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","amountCents":1000000000},
             {"kind":"EXPENSE","category":"RESERVE_CONTRIBUTION","description":"Reserve","amountCents":234567890}]""";
    /** A cent more expense than revenue: the budget service refuses to submit it (BUDGET_NOT_BALANCED, gapCents -1). */
    private static final String UNBALANCED = BALANCED.replace("1000000000}", "1000000001}");

    /** A balanced budget proposed and submitted (EC_REVIEW) by the secretary. */
    private static String submittedBudget(boolean toBeAdopted) {
        String id = proposedBudget(toBeAdopted, BALANCED);
        RawHttp.Answer submitted = gateway.request("POST", "/api/v1/budgets/" + id + "/submission")
                .token(board.secretaryToken()).body(new byte[0]).send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    /**
     * A budget of these lines in DRAFT for a fiscal year of its own (the adopted ones in FY2070-FY2099,
     * the others in FY2040-FY2069: a year has one adopted budget).
     */
    private static String proposedBudget(boolean toBeAdopted, String lines) {
        String year = "FY20" + ThreadLocalRandom.current().nextInt(toBeAdopted ? 70 : 40, toBeAdopted ? 100 : 70);
        RawHttp.Answer proposed = gateway.request("POST", "/api/v1/budgets").token(board.secretaryToken())
                .json("{\"fiscalYear\":\"%s\",\"lines\":%s}".formatted(year, lines)).send();
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().path("id").asText();
    }

    private static JsonNode budget(String id) {
        return get("/api/v1/budgets/" + id);
    }

    private static JsonNode get(String path) {
        RawHttp.Answer answer = gateway.request("GET", path).token(board.secretaryToken()).send();
        assertThat(answer.status()).as("GET " + path + ": " + answer).isEqualTo(200);
        return answer.json();
    }
}
