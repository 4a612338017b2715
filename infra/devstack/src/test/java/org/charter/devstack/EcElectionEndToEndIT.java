package org.charter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.charter.conventions.test.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's process end to end on the shared devstack ({@link SharedDevstack}): a secretary
 * starts the {@code ec-election} process through the gateway, which calls the election on the real
 * election service; Governing members' delegates nominate each other's delegates, who accept with
 * their own tokens; the process publishes the slate at {@code slateAt}, the election service opens
 * the ballot at {@code ballotOpensAt}; every Governing member's delegate casts a ranked ballot and
 * keeps its receipt; at {@code closesAt} the process closes and counts the contest, the secretary
 * completes the certification task as Tasklist does, and the process certifies it on the election
 * service (the service records the workflow as the caller; the decision names her). The published contest holds every receipt and passes {@code charter-verify
 * check} (its own JVM, as a member runs it).
 *
 * <p>The periods are seconds long (the nominations open already, the slate a second before the
 * ballot, a ballot of 20 s or more): the test waits for the engine's timers, never sleeps. They start only
 * once the election service's roll has every delegate, and stretch with the pace the stack answers at. The process is
 * left waiting for the seating on July 1 of the term, a message subscription that writes nothing,
 * so the shared stack stays quiet for the next test.
 */
class EcElectionEndToEndIT {

    /** The year the terms start in: no other test calls its election. */
    private static final int FISCAL_YEAR = 2033;
    private static final String ELECTION = "EC-FY" + FISCAL_YEAR;
    private static final String CONTEST = ELECTION + ".CHAIR_ELECT";
    /** The least time for three nominations and acceptances before the nominations close, a second before the ballot opens. */
    private static final long NOMINATING_SECONDS = 15;
    /** The least ballot window for every delegate's ballot. */
    private static final long BALLOT_SECONDS = 20;
    /** The most either window: the next step is awaited with {@link Eventually}'s patience after the last request. */
    private static final long SECONDS_AT_MOST = 45;
    /** How many times the pace of the roll's probes the windows allow (a ballot writes more than a refused nomination). */
    private static final long SLACK = 3;
    private static final String PERIODS = "\"nominationsOpen\":\"PT1H\",\"nominationsClose\":\"PT1S\",\"acceptance\":\"PT1S\","
            + "\"slate\":\"PT1S\",\"ballot\":\"PT%dS\",\"reopening\":\"PT1H\",\"certification\":\"PT1H\"";

    /** Rankings by candidate index, cast in turn: nobody has a majority of first preferences, the third's papers transfer. */
    private static final List<List<Integer>> RANKINGS = List.of(List.of(0), List.of(1, 0), List.of(0, 1), List.of(2, 1),
            List.of(1), List.of(0), List.of(1, 0), List.of(0, 1), List.of(2, 1), List.of(1));

    /** What the election service answers about a delegate its roll does not have yet. */
    private static final Set<String> ROLL_NOT_YET = Set.of("NOT_MEMBER_DELEGATE", "NOMINEE_NOT_ELIGIBLE", "NOT_ELIGIBLE");

    private static RawHttp gateway;
    private static GoverningBoard board;
    private static Processes processes;
    private static StoredEvents events;

    @BeforeAll
    static void theSharedDevstack() throws Exception {
        SharedDevstack shared = SharedDevstack.get();
        gateway = new RawHttp(shared.devstack().port("gateway"));
        board = new GoverningBoard(gateway, shared.tokens());
        processes = new Processes(gateway, new RawHttp(shared.devstack().port("workflow")), board.secretaryToken());
        events = shared.events();
        board.awaitSeats();
    }

    /**
     * The election's notices (opened, closed, certified, to every delegate and alternate) are still being sent and
     * recorded after the test's last assertion; the classes that follow on the shared stack count every stored event
     * (EdgeFuzzIT: a refusal changes nothing), so leave it quiet: no new event for three seconds, or a minute passed.
     */
    @AfterAll
    static void leaveTheStackQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long quietSince = System.nanoTime();
        long last = events.count();
        while (System.nanoTime() - quietSince < 3_000_000_000L && System.nanoTime() < deadline) {
            Thread.sleep(250);
            long now = events.count();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
    }

    @Test
    void delegates_nominate_and_vote_the_secretary_certifies_and_the_published_contest_recounts() throws Exception {
        // the windows run on the wall clock: they start only once the election service's roll has every delegate, and
        // they stretch with the pace the service answers at now (a loaded machine answers slower)
        List<String> members = board.members();
        awaitTheRoll(members);
        long start = System.nanoTime();
        awaitTheRoll(members); // again, timed: each delegate's request answered at once now
        long millisPerRequest = Math.max(1, (System.nanoTime() - start) / 1_000_000 / members.size());
        long nominating = Math.min(SECONDS_AT_MOST, Math.max(NOMINATING_SECONDS, seconds(6 * SLACK * millisPerRequest)));
        long ballot = Math.min(SECONDS_AT_MOST, Math.max(BALLOT_SECONDS, seconds(members.size() * SLACK * millisPerRequest)));
        Instant ballotOpensAt = Instant.now().plusSeconds(nominating).truncatedTo(ChronoUnit.SECONDS);
        JsonNode started = processes.startEcElection("""
                "fiscalYear":%d,"ballotOpensAt":"%s","contests":[{"position":"CHAIR_ELECT","seats":1}],"periods":{%s}"""
                .formatted(FISCAL_YEAR, ballotOpensAt, PERIODS.formatted(ballot)));
        String process = started.path("processInstanceId").asText();
        assertThat(started.path("election").asText()).isEqualTo(ELECTION);
        assertThat(Processes.texts(started.path("contests"))).containsExactly(CONTEST);

        // three members' delegates stand, each nominated by the next member's delegate, and accept
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String nominee = board.delegate(members.get(i));
            RawHttp.Answer nominated = nominate(members.get(i + 1), nominee);
            assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
            String candidate = nominated.json().path("id").asText();
            RawHttp.Answer accepted = gateway.request("POST", "/api/v1/elections/" + ELECTION + "/nominations/" + candidate
                    + "/acceptance").token(board.delegateToken(members.get(i))).body(new byte[0]).send();
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            candidates.add(candidate);
        }

        // the process publishes the slate at slateAt; the service opens the ballot at ballotOpensAt (a read catches its clock up)
        Eventually.that(CONTEST + " is open", () -> contest().path("status").asText().equals("OPEN"));
        assertThat(contest().path("candidates").findValuesAsText("id")).containsExactlyElementsOf(candidates);
        assertThat(processes.milestones(process)).startsWith("EcElectionStarted");

        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            List<String> ranking = RANKINGS.get(i % RANKINGS.size()).stream().map(candidates::get).toList();
            RawHttp.Answer cast = gateway.request("POST", "/api/v1/contests/" + CONTEST + "/ballots")
                    .token(board.delegateToken(members.get(i))).header("Idempotency-Key", UUID.randomUUID().toString())
                    .json("{\"ranking\":[" + String.join(",", ranking.stream().map(c -> "\"" + c + "\"").toList()) + "]}")
                    .send();
            assertThat(cast.status()).as(members.get(i) + ": " + cast).isEqualTo(201);
            receipts.add(cast.json().path("receipt").asText());
        }
        JsonNode turnout = get("/api/v1/contests/" + CONTEST + "/turnout");
        assertThat(Processes.texts(turnout.path("voted"))).containsExactlyInAnyOrderElementsOf(members);

        // at closesAt the process closes and counts; the count brings the secretary's certification task
        String contestProcess = processes.find("ec-contest", CONTEST);
        String certify = processes.awaitTask(contestProcess, "Certify the contest");
        assertThat(contest().path("status").asText()).isEqualTo("COUNTED");
        processes.claimAndSubmit(certify);

        Eventually.that(CONTEST + " is certified", () -> !contest().path("certifiedAt").isNull()
                && !contest().path("certifiedAt").isMissingNode());
        JsonNode certified = contest();
        // the election service records its caller, the workflow service; the secretary is the process's decidedBy
        assertThat(certified.path("certifiedBy").asText()).isEqualTo("workflow-service");
        assertThat(certified.path("elected")).hasSize(1);
        Eventually.that("the process publishes the decision", () -> processes.milestones(process).contains("EcContestDecided"));
        JsonNode decided = processes.milestone(process, "EcContestDecided").path("data");
        assertThat(decided.path("outcome").asText()).isEqualTo("CERTIFIED");
        assertThat(decided.path("decidedBy").asText()).isEqualTo(GoverningBoard.SECRETARY);
        assertThat(decided.path("contestId").asText()).isEqualTo(CONTEST);
        assertThat(decided.path("elected").asInt()).as("how many it elected").isEqualTo(1);
        // seating is at the term's start, July 1 before the fiscal year: the contest's process waits for it
        Eventually.that("the contest's process awaits the seating", () -> processes.waitsAt(contestProcess, "AwaitSeating"));

        // the publication: every ballot with its receipt, recounted by the verifier as a member would
        JsonNode published = get("/api/v1/contests/" + CONTEST + "/published");
        assertThat(published.path("ballots").findValuesAsText("receipt")).containsExactlyInAnyOrderElementsOf(receipts);
        Path file = Files.createTempFile(Path.of("target"), "published-" + CONTEST + "-", ".json");
        Files.writeString(file, published.toString(), StandardCharsets.UTF_8);
        Verified check = charterVerify("check", file.toString(), file.toString());
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output()).startsWith("OK: the published result matches the count");
    }

    /**
     * Waits until the election service's own roll has every member's delegate (it follows membership's events): each
     * delegate nominates the first member's delegate in the election not called yet, which the roll's checks pass before
     * the election is looked up (404 {@code ELECTION_NOT_FOUND}, nothing written).
     */
    private static void awaitTheRoll(List<String> members) {
        String nominee = board.delegate(members.get(0));
        for (String member : members) {
            RawHttp.Answer probed = nominate(member, nominee);
            assertThat(probed.json().path("code").asText()).as(probed.toString()).isEqualTo("ELECTION_NOT_FOUND");
        }
    }

    private static long seconds(long millis) {
        return (millis + 999) / 1000;
    }

    /**
     * The delegate of {@code nominator} nominates {@code nominee}; asked again while the election
     * service's own roll has not yet caught up with membership's delegates (a refusal changes nothing).
     */
    private static RawHttp.Answer nominate(String nominator, String nominee) {
        RawHttp.Answer[] last = new RawHttp.Answer[1];
        Eventually.that("the election service knows the delegates of " + nominator + " and " + nominee, () -> {
            last[0] = gateway.request("POST", "/api/v1/elections/" + ELECTION + "/nominations").token(board.delegateToken(nominator))
                    .json("{\"position\":\"CHAIR_ELECT\",\"nominee\":\"%s\",\"name\":\"Candidate %s\"}".formatted(nominee, nominee))
                    .send();
            return !ROLL_NOT_YET.contains(last[0].json().path("code").asText());
        });
        return last[0];
    }

    private record Verified(int exit, String output) {
    }

    /** charter-verify as a member runs it: its own JVM, the voting library on the class path. */
    private static Verified charterVerify(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.charter.voting.verify.CharterVerify"));
        command.addAll(List.of(args));
        Process verifier = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(verifier.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Verified(verifier.waitFor(), output);
    }

    private static JsonNode contest() {
        return get("/api/v1/contests/" + CONTEST);
    }

    private static JsonNode get(String path) {
        RawHttp.Answer answer = gateway.request("GET", path).token(board.secretaryToken()).send();
        assertThat(answer.status()).as("GET " + path + ": " + answer).isEqualTo(200);
        return answer.json();
    }
}
