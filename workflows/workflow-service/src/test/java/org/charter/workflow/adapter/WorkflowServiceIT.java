package org.charter.workflow.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.charter.platform.kafka.EventTopics;
import org.charter.platform.test.Api;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TopicReader;
import org.charter.platform.test.TestTokens;
import org.charter.workflow.budget.BudgetFacts.BoardVoteDeadlineSet;
import org.charter.workflow.committee.CommitteeFacts.ConsensusRoundCounted;
import org.junit.jupiter.api.Test;

/** The workflow service on in-memory H2: the main path ({@link RunningWorkflowService}) and the others. */
class WorkflowServiceIT extends RunningWorkflowService {

    @Test
    void the_revision_task_is_announced_on_kafka_as_task_assigned_after_the_engine_committed_and_again_when_claimed() {
        String motion = motion();
        String id = api.post("/api/v1/processes/policy-approval", secretary, """
                {"motion":"%s","periods":{"notice":"PT1S","round":"PT10M"}}""".formatted(motion)).json()
                .path("processInstanceId").asText();
        eventually(() -> waitingAt(id).contains("AwaitRoundResult"));
        publish(new ConsensusRoundCounted(motion, motion + "-1", 1, Instant.now(), "BLOCKED", List.of("CA")));
        eventually(() -> waitingAt(id).contains("ReviseMotion"));
        String task = view(id).path("tasks").get(0).path("id").asText();
        var claimed = api.send("POST", "/engine-rest/task/" + task + "/claim", secretary, "{\"userId\":\"sam.secretary\"}");
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);

        eventually(() -> announced(task).size() == 2);
        List<CloudEvent> events = announced(task);
        assertThat(events).extracting(CloudEvent::getType).containsOnly("charter.workflow.TaskAssigned.v2");
        EventSchemas schemas = EventSchemas.inRepository();
        events.forEach(schemas::validate);
        String first = new String(events.get(0).getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(first).contains("\"link\":\"/processes?task=" + task + "\"", "\"businessKey\":\"" + motion + "\"",
                "\"candidateGroups\":[\"secretary\"]", "\"assignee\":null");
        assertThat(new String(events.get(1).getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"assignee\":\"sam.secretary\"");
    }

    private List<CloudEvent> announced(String task) {
        return TopicReader.cloudEvents(kafka, EventTopics.of("workflow"), 1, Duration.ofSeconds(5)).stream()
                .filter(e -> ("task:" + task).equals(e.getSubject())).toList();
    }

    @Test
    void an_unreachable_committee_raises_an_incident_and_the_retried_incident_completes_with_one_command() {
        String motion = motion();
        String id = api.post("/api/v1/processes/policy-approval", secretary, """
                {"motion":"%s","periods":{"notice":"PT2S"}}""".formatted(motion)).json().path("processInstanceId").asText();
        COMMITTEE.failing = true; // after the start's motion check, before the notice period ends
        eventually(() -> view(id).path("incidents").size() == 1);
        // the round is opened in the notice timer's job (ADR 0072)
        assertThat(view(id).path("incidents").get(0).path("activityId").asText()).isEqualTo("NoticePeriod");
        assertThat(COMMITTEE.received.stream().filter(r -> motion.equals(r.body().path("motion").asText())).count())
                .isGreaterThanOrEqualTo(2); // the client's 2 attempts (backoff between) before the job failed

        COMMITTEE.failing = false;
        String job = api.get("/engine-rest/job?processInstanceId=" + id + "&withException=true", secretary).json().get(0)
                .path("id").asText();
        var retried = api.send("PUT", "/engine-rest/job/" + job + "/retries", secretary, "{\"retries\":1}");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(204);
        eventually(() -> waitingAt(id).contains("AwaitRoundResult"));
        assertThat(COMMITTEE.polls(motion)).hasSize(1);
        assertThat(view(id).path("incidents")).isEmpty();
    }

    @Test
    void a_committee_event_no_process_waits_for_is_parked_and_delivered_when_its_process_waits() {
        String motion = motion();
        publish(new ConsensusRoundCounted(motion, motion + "-1", 1, Instant.now(), "CONSENSUS", List.of()));
        eventually(() -> database.getCollection("parked_messages").countDocuments(Filters.eq("businessKey", motion)) == 1);

        String id = api.post("/api/v1/processes/policy-approval", secretary, """
                {"motion":"%s","periods":{"notice":"PT1S"}}""".formatted(motion)).json().path("processInstanceId").asText();
        eventually(() -> view(id).path("state").asText().equals("COMPLETED"));
        assertThat(view(id).path("progress").path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(database.getCollection("parked_messages").countDocuments(Filters.eq("businessKey", motion))).isZero();
    }

    @Test
    void the_budget_services_board_vote_deadline_from_its_topic_escalates_the_running_approval_of_that_years_budget() {
        // a far fiscal year of its own: July 1 and the calendar's dates are years away, only the fact escalates
        String fiscalYear = "FY" + (2101 + (int) (Math.random() * 99));
        String budget = fiscalYear + "-B" + (1 + (int) (Math.random() * 1000));
        COMMITTEE.submittedBudget(budget, fiscalYear);
        var started = api.post("/api/v1/processes/budget-approval", secretary, "{\"budget\":\"" + budget + "\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String id = started.json().path("processInstanceId").asText();
        eventually(() -> waitingAt(id).contains("RecordExecutiveReview"));

        Instant voteOpensBy = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        publish("budget", "charter.budget.BoardVoteDeadlineSet.v1", "fiscal-year:" + fiscalYear,
                new BoardVoteDeadlineSet(fiscalYear, voteOpensBy, 30, Instant.now()));

        eventually(() -> escalations(id).size() == 1);
        JsonNode escalated = escalations(id).get(0);
        assertThat(escalated.path("reason").asText()).isEqualTo("YEAR_CONTINUING");
        assertThat(Instant.parse(escalated.path("due").asText())).isEqualTo(voteOpensBy);
        assertThat(waitingAt(id)).contains("RecordExecutiveReview");
        assertThat(database.getCollection("parked_messages").countDocuments(Filters.eq("businessKey", fiscalYear)))
                .as("delivered to the waiting approval, not parked").isZero();
    }

    private List<JsonNode> escalations(String id) {
        var milestones = api.get("/api/v1/processes/" + id + "/milestones", TestTokens.auditor()).json();
        return java.util.stream.StreamSupport.stream(milestones.spliterator(), false)
                .filter(m -> m.path("type").asText().contains("BudgetApprovalEscalated"))
                .map(m -> m.path("data")).toList();
    }

    @Test
    void a_start_asks_the_committee_first_and_starts_nothing_for_a_motion_that_cannot_take_it() {
        String unknown = "m-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var notFound = start(unknown);
        assertThat(notFound.status()).as(notFound.toString()).isEqualTo(422);
        assertThat(notFound.code()).isEqualTo("MOTION_NOT_FOUND");
        assertThat(notFound.contentType()).startsWith("application/problem+json");

        String budget = motion();
        COMMITTEE.motion(budget, "BUDGET_ADOPTION", "OPEN", "FORMAL_VOTE", 0);
        var wrongKind = start(budget);
        assertThat(wrongKind.status()).as(wrongKind.toString()).isEqualTo(422);
        assertThat(wrongKind.code()).isEqualTo("WRONG_MOTION_KIND");

        String polling = motion();
        COMMITTEE.motion(polling, "POLICY_ADOPTION", "POLLING", "AWAIT_POLL", 1);
        var wrongStep = start(polling);
        assertThat(wrongStep.status()).as(wrongStep.toString()).isEqualTo(409);
        assertThat(wrongStep.code()).isEqualTo("WRONG_STEP");

        String unreachable = motion();
        COMMITTEE.failing = true;
        var unavailable = start(unreachable);
        assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
        assertThat(unavailable.code()).isEqualTo("COMMITTEE_UNAVAILABLE");
        COMMITTEE.failing = false;

        for (String motion : List.of(unknown, budget, polling, unreachable)) {
            var count = api.get("/engine-rest/process-instance/count?businessKey=" + motion, secretary);
            assertThat(count.json().path("count").asLong()).as(motion).isZero();
        }
        assertThat(start(unreachable).status()).as("the same motion once the committee answers again").isEqualTo(201);
    }

    private Api.Response start(String motion) {
        return api.post("/api/v1/processes/policy-approval", secretary, "{\"motion\":\"" + motion + "\"}");
    }

    @Test
    void a_processs_start_periods_are_read_at_their_defaults_by_anyone_signed_in() {
        var election = api.get("/api/v1/processes/ec-election/periods", TestTokens.delegate("CA"));
        assertThat(election.status()).as(election.toString()).isEqualTo(200);
        assertThat(election.json().path("process").asText()).isEqualTo("ec-election");
        // in the order the start documents them, as a secretary writes them
        assertThat(election.json().path("periods").toString()).isEqualTo("{\"nominationsOpen\":\"P45D\",\"nominationsClose\":\"P21D\","
                + "\"acceptance\":\"P14D\",\"slate\":\"P10D\",\"ballot\":\"P7D\",\"reopening\":\"P14D\",\"certification\":\"P5D\"}");
        var budget = api.get("/api/v1/processes/budget-approval/periods", TestTokens.auditor()).json().path("periods");
        assertThat(budget.path("notice").asText()).isEqualTo("P14D");
        assertThat(budget.path("firstReminder").asText()).as("72 hours, in whole days").isEqualTo("P3D");
        var policy = api.get("/api/v1/processes/policy-approval/periods", secretary).json().path("periods");
        assertThat(policy.fieldNames()).toIterable().containsExactlyElementsOf(org.charter.workflow.policyapproval.Periods.NAMES);

        assertThat(api.get("/api/v1/processes/ec-election/periods", null).status()).isEqualTo(401);
        var unknown = api.get("/api/v1/processes/tea-break/periods", secretary);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("PROCESS_UNKNOWN");
    }

    @Test
    void only_secretaries_and_admins_start_a_process_and_the_engine_api_is_not_for_delegates() {
        String body = "{\"motion\":\"" + motion() + "\"}";
        assertThat(api.post("/api/v1/processes/policy-approval", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/processes/policy-approval", TestTokens.delegate("CA"), body).code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("/api/v1/processes/policy-approval", TestTokens.auditor(), body).code()).isEqualTo("AUDITOR_READ_ONLY");
        var invalid = api.post("/api/v1/processes/policy-approval", secretary, "{\"motion\":\"m-x\",\"periods\":{\"notice\":\"two weeks\"}}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("INVALID_PERIOD");
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/processes/policy-approval", secretary, "{\"periods\":{}}").code()).isEqualTo("VALIDATION_FAILED");

        String motion = motion();
        var first = api.post("/api/v1/processes/policy-approval", secretary, "{\"motion\":\"" + motion + "\"}");
        assertThat(first.status()).isEqualTo(201);
        var again = api.post("/api/v1/processes/policy-approval", secretary, "{\"motion\":\"" + motion + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("PROCESS_ALREADY_RUNNING");
        // the detail names a query that answers: the running process itself
        String running = "/api/v1/processes/" + first.json().path("processInstanceId").asText();
        assertThat(again.json().path("detail").asText()).contains("GET " + running);
        assertThat(api.get(running, secretary).status()).isEqualTo(200);
        var listed = api.get("/api/v1/processes?process=policy-approval&key=" + motion, TestTokens.auditor());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json()).singleElement().satisfies(summary -> {
            assertThat(summary.path("processInstanceId").asText()).isEqualTo(first.json().path("processInstanceId").asText());
            assertThat(summary.path("state").asText()).isEqualTo("ACTIVE");
            assertThat(summary.path("startedBy").asText()).isEqualTo("sam.secretary");
        });
        var unknown = api.post("/api/v1/processes/tea-break", secretary, "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("PROCESS_UNKNOWN");
        var unreadable = api.post("/api/v1/processes/policy-approval", secretary, "{\"motion\":\"m-x\",\"periods\":\"soon\"}");
        assertThat(unreadable.status()).as("a field of the wrong type, as any body of the platform").isEqualTo(400);
        assertThat(unreadable.json().path("detail").asText()).contains("periods");
        assertThat(api.get("/api/v1/processes/nope", secretary).code()).isEqualTo("PROCESS_NOT_FOUND");

        assertThat(api.get("/engine-rest/process-definition", null).status()).isEqualTo(401);
        assertThat(api.get("/engine-rest/process-definition", TestTokens.delegate("CA")).code()).isEqualTo("FORBIDDEN");
        var definitions = api.get("/engine-rest/process-definition?key=policy-approval", TestTokens.auditor());
        assertThat(definitions.status()).isEqualTo(200);
        assertThat(definitions.json().get(0).path("key").asText()).isEqualTo("policy-approval");
        // the webapps log in with their own session (the development login of the embedded default), no bearer token
        assertThat(api.get("/camunda/app/welcome/default/", null).status()).isIn(200, 302);
        assertThat(api.get("/camunda/api/admin/auth/user/default", null).status()).isNotEqualTo(401);
    }
}
