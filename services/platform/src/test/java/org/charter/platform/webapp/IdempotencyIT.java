package org.charter.platform.webapp;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.platform.webapp.ProblemAssertions.assertProblem;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.charter.platform.idempotency.IdempotencyKey;
import org.charter.platform.idempotency.MongoIdempotencyStore;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Idempotency-Key on commands, through a real server and the in-process MongoDB server. */
class IdempotencyIT extends PlatformApplicationIT {

    private static final String THING = "{\"name\":\"Audit panel\",\"seats\":3}";

    @Autowired
    TestClock clock;

    @Autowired
    MongoClient mongo;

    private final String key = UUID.randomUUID().toString();

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_answer_and_runs_once() {
        var first = create(TestTokens.secretary(), key, THING);
        var retry = create(TestTokens.secretary(), key, THING);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotency-Replayed")).isNull();
        assertThat(calls.count("create")).isEqualTo(1);
        assertThat(storedKeys(key)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422() {
        create(TestTokens.secretary(), key, THING);
        var other = create(TestTokens.secretary(), key, "{\"name\":\"Something else\",\"seats\":3}");

        assertProblem(other, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(calls.count("create")).isEqualTo(1);
    }

    @Test
    void keys_belong_to_their_subject() {
        var mine = create(TestTokens.token("sec-1", org.charter.platform.security.Role.SECRETARY, null), key, THING);
        var theirs = create(TestTokens.token("sec-2", org.charter.platform.security.Role.SECRETARY, null), key, THING);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotency-Replayed")).isNull();
        assertThat(calls.count("create")).isEqualTo(2);
    }

    @Test
    void a_second_request_while_the_first_is_in_progress_gets_409_then_the_first_answer() throws Exception {
        calls.close();
        CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() -> slow(key));
        assertThat(calls.awaitEntered()).isTrue();

        var meanwhile = slow(key);
        calls.open();
        var firstAnswer = first.get();
        var afterwards = slow(key);

        assertProblem(meanwhile, 409, "IDEMPOTENCY_KEY_IN_PROGRESS");
        assertThat(meanwhile.header("Retry-After")).isEqualTo("1");
        assertThat(firstAnswer.status()).isEqualTo(201);
        assertThat(afterwards.status()).isEqualTo(201);
        assertThat(afterwards.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(calls.count("slow")).isEqualTo(1);
    }

    @Test
    void a_key_is_forgotten_after_24_hours() {
        create(TestTokens.secretary(), key, THING);
        clock.advance(Duration.ofHours(23));
        var withinADay = create(TestTokens.secretary(), key, THING);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        var nextDay = create(TestTokens.secretary(), key, THING);

        assertThat(withinADay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(nextDay.status()).isEqualTo(201);
        assertThat(nextDay.header("Idempotency-Replayed")).isNull();
        assertThat(calls.count("create")).isEqualTo(2);
    }

    @Test
    void a_server_failure_releases_the_key_so_a_retry_runs_again() {
        var failed = command("/api/v1/failures", key);
        var retried = command("/api/v1/failures", key);

        assertProblem(failed, 500, "INTERNAL_ERROR");
        assertProblem(retried, 500, "INTERNAL_ERROR");
        assertThat(calls.count("failure")).isEqualTo(2);
        assertThat(storedKeys(key)).isZero();
    }

    @Test
    void a_momentary_conflict_releases_the_key_so_the_retry_it_asks_for_runs() {
        var clashed = command("/api/v1/things/9/renewal", key);
        var retried = command("/api/v1/things/9/renewal", key);

        assertProblem(clashed, 409, "CONCURRENT_CHANGE");
        assertThat(clashed.header("Retry-After")).isEqualTo("1");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotency-Replayed")).isNull();
        assertThat(calls.count("renew")).isEqualTo(2);
        assertThat(storedKeys(key)).isEqualTo(1);
    }

    @Test
    void a_domain_refusal_is_kept_and_repeated() {
        var refused = command("/api/v1/rules", key);
        var repeated = command("/api/v1/rules", key);

        assertProblem(refused, 422, "QUORUM_NOT_REACHED");
        assertProblem(repeated, 422, "QUORUM_NOT_REACHED");
        assertThat(repeated.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(calls.count("rule")).isEqualTo(1);
    }

    @Test
    void a_request_refused_by_security_claims_no_key() {
        var forbidden = create(TestTokens.auditor(), key, THING);
        var unauthenticated = create("forged." + TestTokens.secretary(), key, THING);

        assertProblem(forbidden, 403, "AUDITOR_READ_ONLY");
        assertProblem(unauthenticated, 401, "UNAUTHENTICATED");
        assertThat(storedKeys(key)).isZero();
    }

    @Test
    void a_malformed_key_is_400() {
        var tooLong = create(TestTokens.secretary(), "k".repeat(256), THING);

        assertProblem(tooLong, 400, "IDEMPOTENCY_KEY_INVALID");
        assertThat(calls.executed()).isEmpty();
    }

    @Test
    void without_a_key_every_request_runs() {
        http.request("POST", "/api/v1/things").token(TestTokens.secretary()).json(THING).send();
        http.request("POST", "/api/v1/things").token(TestTokens.secretary()).json(THING).send();

        assertThat(calls.count("create")).isEqualTo(2);
    }

    private Http.Response create(String token, String idempotencyKey, String body) {
        return http.request("POST", "/api/v1/things").token(token)
                .header("Idempotency-Key", idempotencyKey).json(body).send();
    }

    private Http.Response command(String path, String idempotencyKey) {
        return http.request("POST", path).token(TestTokens.admin()).header("Idempotency-Key", idempotencyKey).send();
    }

    private Http.Response slow(String idempotencyKey) {
        return http.request("POST", "/api/v1/slow").token(TestTokens.admin())
                .header("Idempotency-Key", idempotencyKey).json("{\"n\":1}").send();
    }

    private long storedKeys(String idempotencyKey) {
        return mongo.getDatabase("platform-web-it").getCollection(MongoIdempotencyStore.COLLECTION)
                .countDocuments(eq("_id", new IdempotencyKey("secretary", idempotencyKey).storageId()))
                + mongo.getDatabase("platform-web-it").getCollection(MongoIdempotencyStore.COLLECTION)
                .countDocuments(eq("_id", new IdempotencyKey("admin", idempotencyKey).storageId()))
                + mongo.getDatabase("platform-web-it").getCollection(MongoIdempotencyStore.COLLECTION)
                .countDocuments(eq("_id", new IdempotencyKey("auditor", idempotencyKey).storageId()));
    }
}
