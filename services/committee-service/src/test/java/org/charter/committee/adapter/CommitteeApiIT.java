package org.charter.committee.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.charter.committee.CommitteeServiceTest;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.ContextTopic;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committee API end to end: real HTTP, the in-process Kafka broker (membership's events in,
 * the committee's out) and the MongoDB wire-protocol server. A Governing Board of nine members
 * B1..B9 (delegate bN-del, alternate bN-alt) is fed once through membership's topic; each test
 * leaves it as it found it, so N = 9 and Q = 5 throughout.
 */
@CommitteeServiceTest
class CommitteeApiIT {

    private static final ContextTopic COMMITTEE_EVENTS = ContextTopic.of("committee");

    private static final int N = 9;
    private static final Map<String, String> DELEGATES = new LinkedHashMap<>();
    private static boolean boardFed;

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Api api;
    private final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);

    @BeforeEach
    void board() {
        api = new Api(port);
        synchronized (CommitteeApiIT.class) {
            if (boardFed) {
                return;
            }
            Instant since = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
            try (MembershipFeed feed = feed()) {
                for (int i = 1; i <= N; i++) {
                    feed.governing("B" + i, since, "b" + i + "-del", "b" + i + "-alt");
                    DELEGATES.put("B" + i, "b" + i + "-del");
                }
                feed.affiliate("PR", since, null);
                feed.applicant("GU", "GOVERNING", since);
                feed.awaitRoll(DELEGATES.keySet().toArray(String[]::new));
                feed.awaitRoll("PR", "GU");
            }
            boardFed = true;
        }
    }

    // ---------------------------------------------------------------- whole lives of motions

    @Test
    void a_policy_is_adopted_by_consensus_in_round_one_and_its_events_reach_kafka_valid() {
        String motion = propose("POLICY_ADOPTION", null);
        JsonNode round = created(api.post("/api/v1/polls", secretary, window(motion, "CONSENSUS_ROUND", Instant.now(), hours(168))));
        String poll = round.path("id").asText();
        assertThat(round.path("status").asText()).isEqualTo("OPEN");
        assertThat(round.path("electorate").asInt()).isEqualTo(N);
        assertThat(round.path("round").asInt()).isEqualTo(1);

        for (int i = 1; i <= 5; i++) {
            created(vote(poll, i, "SUPPORT", null));
        }
        created(vote(poll, 6, "BLOCK", "conflicts with the mission"));
        JsonNode replaced = created(answer(poll, "B6", "b6-alt", "SUPPORT_WITH_RESERVATIONS", "publish a summary too"));
        assertThat(replaced.path("sequence").asInt()).isEqualTo(2);
        created(vote(poll, 7, "STAND_ASIDE", null));

        JsonNode running = ok(api.get("/api/v1/polls/" + poll, TestTokens.auditor()));
        assertThat(running.path("cast").asInt()).isEqualTo(7);
        assertThat(running.path("electorate").asInt()).isEqualTo(N);
        assertThat(running.path("result").isNull()).isTrue();
        JsonNode turnout = ok(api.get("/api/v1/polls/" + poll + "/turnout", secretary));
        assertThat(turnout.path("voted")).hasSize(7);
        assertThat(turnout.path("notYet")).extracting(JsonNode::asText).containsExactly("B8", "B9");
        assertThat(turnout.toString()).doesNotContain("SUPPORT", "BLOCK");
        JsonNode own = ok(api.get("/api/v1/polls/" + poll + "/turnout", delegate("B8")));
        assertThat(own.path("voted")).isEmpty();
        assertThat(own.path("members")).extracting(JsonNode::asText).containsExactly("B8");
        assertThat(api.get("/api/v1/polls/" + poll + "/roll-call", secretary).code()).isEqualTo("ROLL_CALL_NOT_PUBLISHED");
        // an open poll's roll call stays private for anyone without a token too, and is not in the public index
        Api.Response openToAnyone = api.get("/api/v1/polls/" + poll + "/roll-call", null);
        assertThat(openToAnyone.code()).isEqualTo("ROLL_CALL_NOT_PUBLISHED");
        assertThat(openToAnyone.body()).doesNotContain("SUPPORT", "BLOCK");
        assertThat(ok(api.get("/api/v1/polls/roll-calls", null)).findValuesAsText("poll")).doesNotContain(poll);
        // a member's record while the poll is open: that it answered and when, never how
        JsonNode b6Open = record(ok(api.get("/api/v1/polls?member=B6", delegate("B6"))), poll);
        assertThat(b6Open.path("answered").asBoolean()).isTrue();
        assertThat(b6Open.path("answeredBy").asText()).isEqualTo("b6-alt");
        assertThat(b6Open.path("answeredAt").isNull()).isFalse();
        assertThat(b6Open.path("answer").isNull()).isTrue();
        assertThat(b6Open.path("reason").isNull()).isTrue();
        assertThat(record(ok(api.get("/api/v1/polls?member=B8", delegate("B8"))), poll).path("answered").asBoolean()).isFalse();
        // another member's record is refused to a delegate, and to anyone without a token; a secretary reads any
        assertThat(api.get("/api/v1/polls?member=B6", delegate("B1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/polls?member=B6", delegate("B1")).code()).isEqualTo("NOT_MEMBER_DELEGATE");
        assertThat(api.get("/api/v1/polls?member=B6", null).status()).isEqualTo(401);
        assertThat(record(ok(api.get("/api/v1/polls?member=B6", secretary)), poll).path("answered").asBoolean()).isTrue();
        // a member id that cannot be one is refused naming the parameter, not answered with an empty record
        for (String bad : List.of("", "b6", "B".repeat(300))) {
            Api.Response refused = api.get("/api/v1/polls?member=" + bad, secretary);
            assertThat(refused.status()).as("member=%s", bad).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.body()).contains("\"member\"", "member id");
        }
        // the public paths open reads only: closing a poll still needs a secretary's token
        assertThat(api.post("/api/v1/polls/" + poll + "/closure", null, null).status()).isEqualTo(401);

        JsonNode closed = ok(api.post("/api/v1/polls/" + poll + "/closure", secretary, null));

        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("result").path("outcome").asText()).isEqualTo("CONSENSUS");
        assertThat(closed.path("result").path("rule").asText()).isEqualTo("3S ≥ 2R");
        assertThat(closed.path("result").path("explanation").asText()).contains("N=9, Q=5, R=7, S=6");
        assertThat(closed.path("result").path("counts").path("supporting").asInt()).isEqualTo(6);
        assertThat(motion(motion).path("status").asText()).isEqualTo("ADOPTED");
        // the adopted policy is public (no token); a motion not adopted is not listed
        String pending = propose("POLICY_ADOPTION", null);
        JsonNode policies = ok(api.get("/api/v1/policies", null));
        assertThat(policies.findValuesAsText("motion")).contains(motion).doesNotContain(pending);
        assertThat(policies.findValuesAsText("textVersion")).isNotEmpty();
        assertThat(api.post("/api/v1/policies", null, "{}").status()).isIn(401, 405);
        JsonNode rollCall = ok(api.get("/api/v1/polls/" + poll + "/roll-call", TestTokens.delegate("B1")));
        assertThat(rollCall.path("answers")).hasSize(7);
        assertThat(rollCall.path("answers").get(5).path("position").asText()).isEqualTo("SUPPORT_WITH_RESERVATIONS");
        assertThat(rollCall.path("answers").get(5).path("positionsTaken").asInt()).isEqualTo(2);
        assertThat(rollCall.path("absent")).extracting(JsonNode::asText).containsExactly("B8", "B9");
        // once counted, the roll call is public: no token needed, the same answers; the index lists it with its outcome
        JsonNode publicRollCall = ok(api.get("/api/v1/polls/" + poll + "/roll-call", null));
        assertThat(publicRollCall.path("answers")).hasSize(7);
        JsonNode listed = record(ok(api.get("/api/v1/polls/roll-calls", null)), poll);
        assertThat(listed.path("outcome").asText()).isEqualTo("CONSENSUS");
        assertThat(listed.path("motion").asText()).isEqualTo(motion);
        assertThat(listed.path("closedAt").isNull()).isFalse();
        // and the member's record shows its counted answer and reason
        JsonNode b6Closed = record(ok(api.get("/api/v1/polls?member=B6", delegate("B6"))), poll);
        assertThat(b6Closed.path("answer").asText()).isEqualTo("SUPPORT_WITH_RESERVATIONS");
        assertThat(b6Closed.path("reason").asText()).isEqualTo("publish a summary too");
        assertThat(b6Closed.path("outcome").asText()).isEqualTo("CONSENSUS");
        assertThat(b6Closed.path("status").asText()).isEqualTo("CLOSED");

        List<CloudEvent> events = COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion), 6);
        assertThat(events).extracting(COMMITTEE_EVENTS::name).containsExactly("MotionProposed", "PollScheduled", "PollOpened",
                "PollClosed", "ConsensusRoundCounted", "MotionAdopted");
        List<CloudEvent> positions = COMMITTEE_EVENTS.await(ContextTopic.subjectStartingWith("vote:" + poll + ":"), 8);
        EventSchemas schemas = EventSchemas.inRepository();
        for (CloudEvent event : concat(events, positions)) {
            schemas.validate(event);
        }
        assertThat(events.get(0).getExtension("actorsubject")).isEqualTo("sam.secretary");
        assertThat(positions.get(0).getExtension("actorrole")).isEqualTo("delegate");
        assertThat(positions).extracting(e -> e.getExtension("actormember")).doesNotContainNull();
    }

    @Test
    void a_policy_blocked_in_every_round_is_adopted_by_a_formal_vote_at_two_thirds_of_the_votes_cast() {
        String motion = propose("POLICY_ADOPTION", null);
        assertThat(api.post("/api/v1/polls", secretary, window(motion, "FORMAL_VOTE", Instant.now(), hours(1))).code())
                .isEqualTo("WRONG_STEP");
        for (int r = 1; r <= 3; r++) {
            String poll = created(api.post("/api/v1/polls", secretary, window(motion, "CONSENSUS_ROUND", Instant.now(), hours(1))))
                    .path("id").asText();
            assertThat(api.post("/api/v1/motions/" + motion + "/revisions", secretary, revision("while open")).code())
                    .isEqualTo("WRONG_STEP");
            for (int i = 1; i <= 6; i++) {
                created(vote(poll, i, "SUPPORT", null));
            }
            created(vote(poll, 7, "BLOCK", "round " + r + ": the procedure was not followed"));
            assertThat(ok(api.post("/api/v1/polls/" + poll + "/closure", secretary, null)).path("result").path("outcome").asText())
                    .isEqualTo("BLOCKED");
            if (r < 3) {
                assertThat(motion(motion).path("nextStep").asText()).isEqualTo("REVISION");
                created(api.post("/api/v1/motions/" + motion + "/revisions", secretary,
                        revision("1. Publish item statistics.\n2. Yearly.\n3. Answer to B7 in round " + r + ".")));
            }
        }
        assertThat(motion(motion).path("nextStep").asText()).isEqualTo("FORMAL_VOTE");
        JsonNode diff = ok(api.get("/api/v1/motions/" + motion + "/versions/1/diff/3", secretary));
        assertThat(diff.path("changes").get(0).path("type").asText()).isEqualTo("INSERT");
        assertThat(diff.path("changes").get(0).path("added").get(0).asText()).isEqualTo("3. Answer to B7 in round 2.");

        String vote = created(api.post("/api/v1/polls", secretary, window(motion, "FORMAL_VOTE", Instant.now(), hours(1))))
                .path("id").asText();
        assertThat(ok(api.get("/api/v1/polls/" + vote, secretary)).path("threshold").asText()).isEqualTo("TWO_THIRDS_CAST");
        for (int i = 1; i <= 6; i++) {
            created(vote(vote, i, "YES", null));
        }
        for (int i = 7; i <= 9; i++) {
            created(vote(vote, i, "NO", null));
        }
        JsonNode result = ok(api.post("/api/v1/polls/" + vote + "/closure", secretary, null)).path("result");

        assertThat(result.path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(result.path("rule").asText()).isEqualTo("TWO_THIRDS_CAST: C > 0 and 3Y ≥ 2C");
        assertThat(result.path("explanation").asText()).contains("quorum P ≥ Q: 9 ≥ 5", "3×6 = 18 ≥ 2×9 = 18 holds");
        assertThat(result.path("counts").path("cast").asInt()).isEqualTo(9);
        JsonNode adopted = motion(motion);
        assertThat(adopted.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.path("textVersion").asInt()).isEqualTo(3);
        assertThat(adopted.path("polls")).hasSize(4);
        assertThat(api.post("/api/v1/motions/" + motion + "/revisions", secretary, revision("after adoption")).code())
                .isEqualTo("WRONG_STEP");
        COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion), 20).forEach(EventSchemas.inRepository()::validate);
    }

    @Test
    void a_policy_lapses_after_two_rounds_in_a_row_without_quorum() {
        String motion = propose("PROCEDURE_AMENDMENT", null);
        for (int r = 1; r <= 2; r++) {
            String poll = created(api.post("/api/v1/polls", secretary, window(motion, "CONSENSUS_ROUND", Instant.now(), hours(1))))
                    .path("id").asText();
            created(vote(poll, 1, "SUPPORT", null));
            created(vote(poll, 2, "STAND_ASIDE", null));
            assertThat(ok(api.post("/api/v1/polls/" + poll + "/closure", secretary, null)).path("result").path("outcome").asText())
                    .isEqualTo("NO_QUORUM");
        }

        assertThat(motion(motion).path("status").asText()).isEqualTo("LAPSED");
        assertThat(COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion), 10)).extracting(COMMITTEE_EVENTS::name)
                .endsWith("ConsensusRoundCounted", "MotionLapsed");
    }

    @Test
    void a_motion_is_withdrawn_by_its_proposer_and_nobody_else() {
        String motion = propose("FEE_SCHEDULE", null);
        String otherSecretary = TestTokens.token("sue.secretary", Role.SECRETARY, null);

        assertThat(api.post("/api/v1/motions/" + motion + "/withdrawal", otherSecretary, "{}").code()).isEqualTo("NOT_PROPOSER");
        assertThat(api.post("/api/v1/motions/" + motion + "/withdrawal", delegate("B1"), "{}").code()).isEqualTo("FORBIDDEN");
        JsonNode withdrawn = ok(api.post("/api/v1/motions/" + motion + "/withdrawal", secretary, "{\"reason\":\"superseded\"}"));

        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.post("/api/v1/polls", secretary, window(motion, "FORMAL_VOTE", Instant.now(), hours(1))).code())
                .isEqualTo("WRONG_STEP");
        JsonNode listed = ok(api.get("/api/v1/motions?status=WITHDRAWN", TestTokens.auditor()));
        assertThat(listed.path("content")).extracting(m -> m.path("id").asText()).contains(motion);
    }

    @Test
    void an_admission_is_voted_at_once_at_the_threshold_of_the_tier_applied_for() {
        String motion = propose("ADMIT_MEMBER", "{\"member\":\"GU\"}");
        JsonNode proposed = motion(motion);
        assertThat(proposed.path("subject").path("tier").asText()).isEqualTo("GOVERNING");
        assertThat(proposed.path("threshold").asText()).isEqualTo("TWO_THIRDS_CAST");
        assertThat(api.post("/api/v1/polls", secretary, window(motion, "CONSENSUS_ROUND", Instant.now(), hours(1))).code())
                .isEqualTo("WRONG_STEP");

        String poll = created(api.post("/api/v1/polls", secretary, window(motion, "FORMAL_VOTE", Instant.now(), hours(1))))
                .path("id").asText();
        for (int i = 1; i <= 7; i++) {
            created(vote(poll, i, "YES", null));
        }
        created(vote(poll, 8, "ABSTAIN", null));
        JsonNode result = ok(api.post("/api/v1/polls/" + poll + "/closure", secretary, null)).path("result");

        assertThat(result.path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(result.path("counts").path("participating").asInt()).isEqualTo(8);
        List<CloudEvent> events = COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion), 6);
        CloudEvent adopted = events.get(events.size() - 1);
        assertThat(COMMITTEE_EVENTS.name(adopted)).isEqualTo("MotionAdopted");
        assertThat(new String(adopted.getData().toBytes())).contains("\"member\":\"GU\"", "\"pollId\":\"" + poll + "\"");
    }

    @Test
    void a_poll_opens_by_itself_at_opens_at_and_the_scheduler_closes_and_counts_it_at_closes_at() throws Exception {
        String motion = propose("BUDGET_AMENDMENT", null);
        Instant opensAt = Instant.now().plusSeconds(2);
        JsonNode scheduled = created(api.post("/api/v1/polls", secretary, window(motion, "FORMAL_VOTE", opensAt, Duration.ofSeconds(4))));
        String poll = scheduled.path("id").asText();
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.path("electorate").isNull()).isTrue();
        assertThat(vote(poll, 1, "YES", null).code()).isEqualTo("POLL_NOT_OPEN");

        Thread.sleep(Duration.between(Instant.now(), opensAt).toMillis() + 300);
        created(vote(poll, 1, "YES", null));
        created(vote(poll, 2, "NO", null));

        List<CloudEvent> counted = COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion)
                .and(e -> COMMITTEE_EVENTS.name(e).equals("FormalVoteCounted")), 1);
        assertThat(new String(counted.get(0).getData().toBytes())).contains("\"outcome\":\"NO_QUORUM\"");
        assertThat(counted.get(0).getExtension("actorrole")).isEqualTo("system");
        assertThat(vote(poll, 3, "YES", null).code()).isEqualTo("POLL_CLOSED");
        JsonNode opened = COMMITTEE_EVENTS.all().stream().filter(ContextTopic.subject("motion:" + motion))
                .filter(e -> COMMITTEE_EVENTS.name(e).equals("PollOpened")).findFirst()
                .map(CommitteeApiIT::read).orElseThrow();
        assertThat(opened.path("opensAt").asText()).isEqualTo(opensAt.toString());
        assertThat(opened.path("electorate")).hasSize(N);
    }

    // ---------------------------------------------------------------- under load

    @Test
    void every_delegate_and_alternate_voting_at_once_with_duplicates_and_retries_counts_each_member_once() throws Exception {
        String motion = propose("DISSOLUTION", null);
        String poll = created(api.post("/api/v1/polls", secretary, window(motion, "FORMAL_VOTE", Instant.now(), hours(1))))
                .path("id").asText();
        List<Callable<Api.Response>> voters = new ArrayList<>();
        for (int i = 1; i <= N; i++) {
            String member = "B" + i;
            String choice = i <= 7 ? "YES" : "NO";
            for (String person : List.of("b" + i + "-del", "b" + i + "-alt")) {
                String key = "vote-" + poll + "-" + person;
                // each person sends once, sends a duplicate without a key, and retries with the same key twice
                voters.add(() -> answer(poll, member, person, choice, null, key));
                voters.add(() -> answer(poll, member, person, choice, null));
                voters.add(() -> answer(poll, member, person, choice, null, key));
                voters.add(() -> answer(poll, member, person, choice, null, key));
            }
        }
        List<Api.Response> answers = runAtOnce(voters);

        long accepted = answers.stream().filter(a -> a.status() == 201 && !a.replayed()).count();
        assertThat(accepted).as("first appends, one per member").isEqualTo(N);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
        assertThat(answers.stream().filter(a -> a.status() == 409).map(Api.Response::code).distinct())
                .allMatch(code -> code.equals("ALREADY_VOTED") || code.equals("IDEMPOTENCY_KEY_IN_PROGRESS"));
        JsonNode running = ok(api.get("/api/v1/polls/" + poll, secretary));
        assertThat(running.path("cast").asInt()).isEqualTo(N);

        JsonNode result = ok(api.post("/api/v1/polls/" + poll + "/closure", secretary, null)).path("result");
        assertThat(result.path("counts").path("yes").asInt()).isEqualTo(7);
        assertThat(result.path("counts").path("no").asInt()).isEqualTo(2);
        assertThat(result.path("outcome").asText()).isEqualTo("REJECTED"); // UNANIMITY_ALL: 7 ≠ 9
        List<CloudEvent> votes = COMMITTEE_EVENTS.await(ContextTopic.subjectStartingWith("vote:" + poll + ":"), N);
        assertThat(votes).hasSize(N);
        assertThat(votes).extracting(CloudEvent::getSubject).doesNotHaveDuplicates();
        votes.forEach(EventSchemas.inRepository()::validate);
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void bad_input_gets_its_precise_code_and_changes_nothing() {
        String policy = propose("POLICY_ADOPTION", null);
        String round = created(api.post("/api/v1/polls", secretary, window(policy, "CONSENSUS_ROUND", Instant.now(), hours(1))))
                .path("id").asText();
        String fees = propose("FEE_SCHEDULE", null);
        String vote = created(api.post("/api/v1/polls", secretary, window(fees, "FORMAL_VOTE", Instant.now(), hours(1))))
                .path("id").asText();
        created(vote(vote, 1, "YES", null));
        String later = propose("BUDGET_AMENDMENT", null);
        String unopened = created(api.post("/api/v1/polls", secretary, window(later, "FORMAL_VOTE", Instant.now().plus(hours(1)), hours(1))))
                .path("id").asText();
        long events = events();

        assertProblem(api.post("/api/v1/polls/" + vote + "/votes", delegate("B2"), "{\"choice\":\"MAYBE\"}"), 400, "MALFORMED_REQUEST", "choice");
        assertProblem(api.post("/api/v1/polls/" + vote + "/votes", delegate("B2"), "{}"), 400, "VALIDATION_FAILED", "choice");
        assertProblem(vote(vote, 2, "SUPPORT", null), 422, "INVALID_CHOICE", "choice");
        assertProblem(vote(round, 2, "BLOCK", null), 422, "REASON_REQUIRED", "reason");
        assertProblem(vote(round, 2, "SUPPORT_WITH_RESERVATIONS", " "), 422, "REASON_REQUIRED", "reason");
        assertProblem(vote(vote, 1, "NO", null), 409, "ALREADY_VOTED", "B1");
        assertProblem(answer(vote, "B1", "b1-alt", "NO", null), 409, "ALREADY_VOTED", "B1");
        assertProblem(vote(unopened, 2, "YES", null), 409, "POLL_NOT_OPEN", "opens at");
        assertProblem(answer(vote, "PR", "pr-del", "YES", null), 403, "NOT_ELIGIBLE", "PR");
        assertProblem(answer(vote, "GU", "gu-del", "YES", null), 403, "NOT_ELIGIBLE", "GU");
        assertProblem(answer(vote, "ZZ", "stranger", "YES", null), 403, "NOT_ELIGIBLE", "ZZ");
        assertProblem(answer(vote, "B2", "b3-del", "YES", null), 403, "NOT_MEMBER_DELEGATE", "B2");
        assertProblem(api.post("/api/v1/polls/" + vote + "/votes", secretary, "{\"choice\":\"YES\"}"), 403, "FORBIDDEN", "");
        assertProblem(api.post("/api/v1/polls/" + vote + "/votes", TestTokens.auditor(), "{\"choice\":\"YES\"}"), 403,
                "AUDITOR_READ_ONLY", "");
        assertProblem(api.post("/api/v1/motions/" + policy + "/revisions", secretary, revision("while the round is open")),
                409, "WRONG_STEP", "frozen");
        assertProblem(api.post("/api/v1/polls", secretary, window(policy, "CONSENSUS_ROUND", Instant.now(), hours(1))),
                409, "WRONG_STEP", "polled again");
        assertProblem(api.post("/api/v1/polls", secretary, """
                {"motion":"%s","type":"FORMAL_VOTE","opensAt":"%2$s","closesAt":"%2$s"}""".formatted(later,
                Instant.now().plus(hours(2)))), 422, "POLL_WINDOW_INVALID", "must be after opensAt");
        assertProblem(api.post("/api/v1/motions", secretary, """
                {"title":"t","text":"x","kind":"EC_ELECTION","committee":"GOVERNING_BOARD"}"""), 400, "MALFORMED_REQUEST", "kind");
        assertProblem(api.post("/api/v1/motions", secretary, """
                {"title":"t","text":"x","kind":"REMOVAL","committee":"GOVERNING_BOARD"}"""), 422, "SUBJECT_REQUIRED", "subject.member");
        assertProblem(api.post("/api/v1/motions", secretary, """
                {"title":"t","text":"x","kind":"DISSOLUTION","committee":"FINANCE_CLUB"}"""), 422, "UNKNOWN_COMMITTEE", "GOVERNING_BOARD");
        assertProblem(api.post("/api/v1/motions", delegate("B1"), """
                {"title":"t","text":"x","kind":"DISSOLUTION","committee":"GOVERNING_BOARD"}"""), 403, "FORBIDDEN", "");
        assertProblem(api.get("/api/v1/polls/" + fees + "-7", secretary), 404, "POLL_NOT_FOUND", "");
        assertProblem(api.get("/api/v1/polls/nonsense", secretary), 404, "POLL_NOT_FOUND", "");
        assertProblem(api.get("/api/v1/motions/" + policy + "/versions/1/diff/5", secretary), 404, "TEXT_VERSION_NOT_FOUND", "");
        assertThat(events()).as("events recorded by refused commands").isEqualTo(events);

        ok(api.post("/api/v1/polls/" + vote + "/closure", secretary, null));
        long closedAt = events();
        assertProblem(vote(vote, 2, "YES", null), 409, "POLL_CLOSED", "closed");
        assertProblem(api.post("/api/v1/polls/" + vote + "/closure", secretary, null), 409, "POLL_CLOSED", "");
        assertProblem(api.post("/api/v1/polls", secretary, """
                {"motion":"%s","type":"CONSENSUS_ROUND","opensAt":"%s","closesAt":"%s"}""".formatted(fees, Instant.now(),
                Instant.now().plus(hours(1)))), 409, "WRONG_STEP", "decided by a formal vote");
        assertThat(events()).isEqualTo(closedAt);
        ok(api.post("/api/v1/polls/" + round + "/closure", secretary, null));
    }

    @Test
    void rights_lost_inside_the_window_and_a_delegate_replaced_mid_poll_follow_sections_1_5_and_8_5() {
        String motion = propose("BUDGET_ADOPTION", "{\"budget\":\"fy2027\",\"version\":2}");
        String poll = created(api.post("/api/v1/polls", secretary, window(motion, "FORMAL_VOTE", Instant.now(), hours(1))))
                .path("id").asText();
        created(vote(poll, 1, "YES", null));
        Instant change = Instant.now().plusSeconds(1);
        try (MembershipFeed feed = feed()) {
            feed.suspend("B1", change).suspend("B2", change).delegate("B3", "b3-new", change);
            feed.awaitRoll("B1", "B2", "B3");
            DELEGATES.put("B3", "b3-new");
            try {
                sleepUntil(change);

                assertProblem(vote(poll, 2, "YES", null), 403, "MEMBER_NOT_IN_GOOD_STANDING", "B2");
                assertProblem(answer(poll, "B3", "b3-del", "YES", null), 403, "NOT_MEMBER_DELEGATE", "B3");
                created(answer(poll, "B3", "b3-new", "YES", null));
                for (int i = 4; i <= 6; i++) {
                    created(vote(poll, i, "YES", null));
                }
                JsonNode result = ok(api.post("/api/v1/polls/" + poll + "/closure", secretary, null)).path("result");

                assertThat(result.path("counts").path("electorate").asInt()).isEqualTo(N);
                assertThat(result.path("counts").path("yes").asInt()).isEqualTo(5); // B1's vote before its suspension counts
                assertThat(result.path("outcome").asText()).isEqualTo("ADOPTED"); // MAJORITY_ALL: 2×5 > 9
                assertThat(result.path("rightsLost").fieldNames()).toIterable().containsExactly("B1", "B2");
            } finally {
                // leave the board as it was: B1 and B2 back (B3's delegate is b3-new from now on)
                Instant back = Instant.now().plusSeconds(1);
                feed.reinstate("B1", back).reinstate("B2", back);
                feed.awaitRoll("B1", "B2");
                sleepUntil(back);
            }
        }
    }

    @Test
    void the_vote_path_reads_again_what_changed_after_an_earlier_vote_read_it() {
        String first = created(api.post("/api/v1/polls", secretary, window(propose("FEE_SCHEDULE", null), "FORMAL_VOTE",
                Instant.now(), hours(1)))).path("id").asText();
        String second = created(api.post("/api/v1/polls", secretary, window(propose("BUDGET_AMENDMENT", null), "FORMAL_VOTE",
                Instant.now(), hours(1)))).path("id").asText();
        // B7's record, B8's and both polls are now what the vote path keeps
        created(vote(first, 7, "YES", null));
        created(vote(first, 8, "YES", null));
        created(vote(second, 8, "NO", null));
        Instant change = Instant.now().plusSeconds(1);
        try (MembershipFeed feed = feed()) {
            feed.suspend("B7", change);
            feed.awaitRoll("B7");
            try {
                sleepUntil(change);

                assertProblem(vote(second, 7, "YES", null), 403, "MEMBER_NOT_IN_GOOD_STANDING", "B7");
                ok(api.post("/api/v1/polls/" + first + "/closure", secretary, null));
                assertProblem(vote(first, 9, "YES", null), 409, "POLL_CLOSED", "closed");
                JsonNode turnout = ok(api.get("/api/v1/polls/" + second + "/turnout", secretary));
                assertThat(turnout.path("cast").asInt()).isEqualTo(1);
                assertThat(turnout.path("voted")).extracting(JsonNode::asText).containsExactly("B8");
            } finally {
                Instant back = Instant.now().plusSeconds(1);
                feed.reinstate("B7", back);
                feed.awaitRoll("B7");
                sleepUntil(back);
                ok(api.post("/api/v1/polls/" + second + "/closure", secretary, null));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private MembershipFeed feed() {
        return new MembershipFeed(database);
    }

    private String propose(String kind, String subject) {
        JsonNode motion = created(api.post("/api/v1/motions", secretary, """
                {"title":"Open data policy","text":"1. Publish item statistics.\\n2. Yearly.","kind":"%s",
                 "committee":"GOVERNING_BOARD"%s}""".formatted(kind, subject == null ? "" : ",\"subject\":" + subject)));
        assertThat(motion.path("textVersion").asInt()).isEqualTo(1);
        return motion.path("id").asText();
    }

    private JsonNode motion(String id) {
        return ok(api.get("/api/v1/motions/" + id, secretary));
    }

    private static String window(String motion, String type, Instant opensAt, Duration open) {
        return """
                {"motion":"%s","type":"%s","opensAt":"%s","closesAt":"%s"}""".formatted(motion, type, opensAt, opensAt.plus(open));
    }

    private static String revision(String text) {
        return "{\"text\":\"" + text.replace("\n", "\\n") + "\",\"note\":\"answers the block\"}";
    }

    private Api.Response vote(String poll, int member, String choice, String reason) {
        String id = "B" + member;
        return answer(poll, id, DELEGATES.get(id), choice, reason);
    }

    private Api.Response answer(String poll, String member, String person, String choice, String reason, String... key) {
        String body = reason == null ? "{\"choice\":\"" + choice + "\"}"
                : "{\"choice\":\"" + choice + "\",\"reason\":\"" + reason + "\"}";
        String token = TestTokens.token(person, Role.DELEGATE, member);
        return key.length == 0 ? api.post("/api/v1/polls/" + poll + "/votes", token, body)
                : api.send("POST", "/api/v1/polls/" + poll + "/votes", token, body, "Idempotency-Key", key[0]);
    }

    /** The entry of {@code poll} in a list of polls ({@code content}). */
    private static JsonNode record(JsonNode list, String poll) {
        for (JsonNode entry : list.path("content")) {
            if (poll.equals(entry.path("poll").asText())) {
                return entry;
            }
        }
        throw new AssertionError("poll " + poll + " not in " + list);
    }

    private static String delegate(String member) {
        return TestTokens.token(DELEGATES.getOrDefault(member, member.toLowerCase() + "-del"), Role.DELEGATE, member);
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static void assertProblem(Api.Response response, int status, String code, String detailMentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        assertThat(response.json().toString()).as(response.toString()).contains(detailMentions);
    }

    private static JsonNode read(CloudEvent event) {
        return new Api.Response(200, "application/json", new String(event.getData().toBytes()), false).json();
    }

    private static List<Api.Response> runAtOnce(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = IntStream.range(0, calls.size()).mapToObj(i -> pool.submit(() -> {
                start.await();
                return calls.get(i).call();
            })).toList();
            start.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleepUntil(Instant instant) {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
