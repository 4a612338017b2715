package org.charter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.charter.conventions.test.RawHttp;

/**
 * The secretary following and steering processes: the process API through the gateway, the
 * engine's REST API ({@code /engine-rest}, on the workflow service itself) for what Tasklist and
 * Cockpit do: claim and submit a task's form, retry a failed job.
 */
final class Processes {

    private final RawHttp gateway;
    private final RawHttp engine;
    private final String secretary;

    Processes(RawHttp gateway, RawHttp workflow, String secretary) {
        this.gateway = gateway;
        this.engine = workflow;
        this.secretary = secretary;
    }

    /** Starts a policy approval for the motion with these periods (a JSON object's members). */
    String start(String motion, String periods) {
        RawHttp.Answer started = gateway.request("POST", "/api/v1/processes/policy-approval").token(secretary)
                .json("{\"motion\":\"%s\",\"periods\":{%s}}".formatted(motion, periods)).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().path("processInstanceId").asText();
    }

    JsonNode view(String process) {
        RawHttp.Answer view = gateway.request("GET", "/api/v1/processes/" + process).token(secretary).send();
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json();
    }

    boolean waitsAt(String process, String activity) {
        return texts(view(process).path("waitingAt")).contains(activity);
    }

    /** Waits until the process waits for the result of its {@code round}-th consensus round; its poll's id. */
    String awaitRound(String process, int round) {
        Eventually.that("process " + process + " awaits round " + round, () -> {
            JsonNode view = view(process);
            return texts(view.path("waitingAt")).contains("AwaitRoundResult") && view.path("progress").path("round").asInt() == round;
        });
        return view(process).path("progress").path("pollId").asText();
    }

    String awaitVote(String process) {
        Eventually.that("process " + process + " awaits its formal vote", () -> waitsAt(process, "AwaitVoteResult"));
        return view(process).path("progress").path("pollId").asText();
    }

    /** Starts a budget approval for the proposal (a draft or submitted) with these periods (a JSON object's members). */
    String startBudgetApproval(String budget, String periods) {
        RawHttp.Answer started = gateway.request("POST", "/api/v1/processes/budget-approval").token(secretary)
                .json("{\"budget\":\"%s\",\"periods\":{%s}}".formatted(budget, periods)).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().path("processInstanceId").asText();
    }

    /** Starts an Executive Committee election (a JSON object's members: fiscalYear, ballotOpensAt, contests, periods); the answer. */
    JsonNode startEcElection(String body) {
        RawHttp.Answer started = gateway.request("POST", "/api/v1/processes/ec-election").token(secretary)
                .json("{" + body + "}").send();
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    /** The one process of that model with that business key (an {@code ec-contest}'s is its contest id). */
    String find(String model, String key) {
        Eventually.that("a process " + model + " for " + key, () -> processesOf(model, key).size() == 1);
        return processesOf(model, key).get(0).path("processInstanceId").asText();
    }

    private JsonNode processesOf(String model, String key) {
        RawHttp.Answer list = gateway.request("GET", "/api/v1/processes?process=" + model + "&key=" + key).token(secretary).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json();
    }

    /** Waits until the process has one open task named {@code name} for the secretaries; its id. */
    String awaitTask(String process, String name) {
        Eventually.that("process " + process + " has its task " + name + " open", () -> {
            JsonNode tasks = view(process).path("tasks");
            return tasks.size() == 1 && tasks.get(0).path("name").asText().equals(name);
        });
        JsonNode task = view(process).path("tasks").get(0);
        assertThat(texts(task.path("candidateGroups"))).containsExactly("secretary");
        return task.path("id").asText();
    }

    /** Waits until the process waits for the result of a Board vote; its poll's id. */
    String awaitBoardVote(String process) {
        Eventually.that("process " + process + " awaits its Board vote", () -> waitsAt(process, "AwaitBoardResult"));
        return view(process).path("progress").path("pollId").asText();
    }

    /** Waits for the revision task; its id. */
    String awaitRevisionTask(String process) {
        Eventually.that("process " + process + " has its revision task open", () -> view(process).path("tasks").size() == 1);
        JsonNode task = view(process).path("tasks").get(0);
        assertThat(task.path("name").asText()).isEqualTo("Revise the motion");
        assertThat(texts(task.path("candidateGroups"))).containsExactly("secretary");
        return task.path("id").asText();
    }

    /** As Tasklist does: claim the task, then submit its form with these String fields (name, value, name, value...). */
    void claimAndSubmit(String task, String... fields) {
        RawHttp.Answer claimed = engine.request("POST", "/engine-rest/task/" + task + "/claim").token(secretary)
                .json("{\"userId\":\"" + GoverningBoard.SECRETARY + "\"}").send();
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
        StringBuilder variables = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            variables.append(variables.isEmpty() ? "" : ",")
                    .append("\"%s\":{\"value\":\"%s\",\"type\":\"String\"}".formatted(fields[i], fields[i + 1]));
        }
        RawHttp.Answer submitted = engine.request("POST", "/engine-rest/task/" + task + "/submit-form").token(secretary)
                .json("{\"variables\":{" + variables + "}}").send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);
    }

    JsonNode awaitEnd(String process) {
        Eventually.that("process " + process + " has ended", () -> view(process).path("state").asText().equals("COMPLETED"));
        return view(process);
    }

    /** The process's milestones, as event type names without prefix and version. */
    List<String> milestones(String process) {
        RawHttp.Answer answer = gateway.request("GET", "/api/v1/processes/" + process + "/milestones").token(secretary).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        answer.json().forEach(m -> types.add(m.path("type").asText().replace("charter.workflow.", "").replace(".v1", "")));
        return types;
    }

    JsonNode milestone(String process, String type) {
        RawHttp.Answer answer = gateway.request("GET", "/api/v1/processes/" + process + "/milestones").token(secretary).send();
        for (JsonNode milestone : answer.json()) {
            if (milestone.path("type").asText().contains("." + type + ".")) {
                return milestone;
            }
        }
        throw new AssertionError("no milestone " + type + " in " + answer);
    }

    /** The failed job of the process, from the engine's REST API (what Cockpit shows with an incident). */
    JsonNode failedJob(String process) {
        RawHttp.Answer jobs = engine.request("GET", "/engine-rest/job?processInstanceId=" + process + "&withException=true")
                .token(secretary).send();
        assertThat(jobs.status()).as(jobs.toString()).isEqualTo(200);
        assertThat(jobs.json()).as(jobs.toString()).hasSize(1);
        return jobs.json().get(0);
    }

    /** When each execution of the job failed, from the engine's job log (history). */
    List<java.time.Instant> failures(String job) {
        RawHttp.Answer log = engine.request("GET", "/engine-rest/history/job-log?jobId=" + job + "&failureLog=true"
                + "&sortBy=timestamp&sortOrder=asc").token(secretary).send();
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        List<java.time.Instant> failures = new ArrayList<>();
        log.json().forEach(entry -> failures.add(java.time.OffsetDateTime.parse(entry.path("timestamp").asText(),
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant()));
        return failures;
    }

    /**
     * As an operator does in Cockpit: the process's one due-later timer (a notice or comment period
     * a start through the web app leaves at its default of days) is executed now.
     */
    void fireTimer(String process) {
        Eventually.that("process " + process + " waits on a timer", () -> timers(process).size() == 1);
        RawHttp.Answer executed = engine.request("POST", "/engine-rest/job/" + timers(process).get(0).path("id").asText()
                + "/execute").token(secretary).body(new byte[0]).send();
        assertThat(executed.status()).as(executed.toString()).isEqualTo(204);
    }

    private JsonNode timers(String process) {
        RawHttp.Answer timers = engine.request("GET", "/engine-rest/job?processInstanceId=" + process + "&timers=true")
                .token(secretary).send();
        assertThat(timers.status()).as(timers.toString()).isEqualTo(200);
        return timers.json();
    }

    /** Cockpit's "Retry" of an incident: the failed job gets a retry again. */
    void retry(String job) {
        RawHttp.Answer retried = engine.request("PUT", "/engine-rest/job/" + job + "/retries").token(secretary)
                .json("{\"retries\":1}").send();
        assertThat(retried.status()).as(retried.toString()).isEqualTo(204);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
