package org.charter.workflow.committee.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.charter.workflow.committee.Committee;
import org.charter.workflow.committee.CommitteeRefusal;
import org.charter.workflow.committee.CommitteeUnavailable;
import org.charter.workflow.policyapproval.Revision;

/**
 * The committee service's REST API (DESIGN.md §10.1) behind Resilience4j: each attempt has a time
 * limit, failed attempts are retried with exponential backoff, and a circuit breaker stops calling
 * a service that keeps failing. What stays wrong after that is {@link CommitteeUnavailable}: the
 * engine fails the job, retries it on its own cycle, then raises an incident. A refusal the
 * committee keeps (4xx) is {@link CommitteeRefusal}, never retried; a momentary one (409 with
 * {@code Retry-After}, an {@code Idempotency-Key} still in progress) is.
 */
final class CommitteeClient implements Committee {

    private final URI base;
    private final HttpClient http;
    private final ServiceIdentity identity;
    private final ObjectMapper json;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final ExecutorService calls;

    CommitteeClient(URI base, HttpClient http, ServiceIdentity identity, ObjectMapper json, Retry retry,
                    CircuitBreaker breaker, TimeLimiter limiter, ExecutorService calls) {
        this.base = base;
        this.http = http;
        this.identity = identity;
        this.json = json;
        this.retry = retry;
        this.breaker = breaker;
        this.limiter = limiter;
        this.calls = calls;
    }

    @Override
    public OpenedPoll openPoll(PollRequest request, CommandSource source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("motion", request.motionId());
        body.put("type", request.type().name());
        body.put("opensAt", request.opensAt().toString());
        body.put("closesAt", request.closesAt().toString());
        JsonNode poll = call("POST", "/api/v1/polls", body, source);
        return new OpenedPoll(poll.path("id").asText(), poll.path("status").asText(null));
    }

    @Override
    public int revise(String motionId, Revision revision, CommandSource source) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (revision.title() != null && !revision.title().isBlank()) {
            body.put("title", revision.title());
        }
        body.put("text", revision.text());
        if (revision.note() != null && !revision.note().isBlank()) {
            body.put("note", revision.note());
        }
        return call("POST", "/api/v1/motions/" + motionId + "/revisions", body, source).path("textVersion").asInt();
    }

    @Override
    public List<String> notYetAnswered(String pollId, CommandSource source) {
        List<String> notYet = new ArrayList<>();
        call("GET", "/api/v1/polls/" + pollId + "/turnout", null, source).path("notYet").forEach(m -> notYet.add(m.asText()));
        return notYet;
    }

    @Override
    public Optional<MotionStanding> motion(String motionId, CommandSource source) {
        JsonNode motion;
        try {
            motion = call("GET", "/api/v1/motions/" + URLEncoder.encode(motionId, StandardCharsets.UTF_8), null, source);
        } catch (CommitteeRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
        return Optional.of(new MotionStanding(motion.path("id").asText(motionId), motion.path("kind").asText(null),
                motion.path("status").asText(null), motion.path("nextStep").asText(null), motion.path("polls").size()));
    }

    private JsonNode call(String method, String path, Object body, CommandSource source) {
        Supplier<JsonNode> guarded = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(breaker, () -> limited(method, path, body, source)));
        try {
            return guarded.get();
        } catch (CommitteeRefusal refusal) {
            throw refusal;
        } catch (CallNotPermittedException open) {
            throw new CommitteeUnavailable("the committee service kept failing; calls are suspended for a while ("
                    + method + " " + path + ")", open);
        } catch (RuntimeException failed) {
            throw new CommitteeUnavailable(method + " " + path + " failed after " + retry.getRetryConfig().getMaxAttempts()
                    + " attempts: " + failed.getMessage(), failed);
        }
    }

    private JsonNode limited(String method, String path, Object body, CommandSource source) {
        CompletableFuture<JsonNode> attempt = CompletableFuture.supplyAsync(() -> once(method, path, body, source), calls);
        try {
            return limiter.executeFutureSupplier(() -> attempt);
        } catch (TimeoutException e) {
            attempt.cancel(true);
            throw new Momentary(method + " " + path + " took longer than " + limiter.getTimeLimiterConfig().getTimeoutDuration());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private JsonNode once(String method, String path, Object body, CommandSource source) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + identity.token())
                    .header("Accept", "application/json")
                    .header("X-Correlation-Id", source.correlationId())
                    .header("X-Charter-Initiator", source.initiator());
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .header("Idempotency-Key", source.idempotencyKey())
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer(method, path, response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Momentary(method + " " + path + " was interrupted");
        }
    }

    private JsonNode answer(String method, String path, HttpResponse<byte[]> response) throws IOException {
        int status = response.statusCode();
        JsonNode body = response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
        if (status >= 200 && status < 300) {
            return body;
        }
        String code = body.path("code").asText("HTTP_" + status);
        String detail = body.path("detail").asText(method + " " + path + " answered " + status);
        if (status == 401) {
            identity.forget();
            throw new Momentary("401 " + code + ": " + detail);
        }
        if (status >= 500 || status == 429 || response.headers().firstValue("Retry-After").isPresent()) {
            throw new Momentary(status + " " + code + ": " + detail);
        }
        throw new CommitteeRefusal(status, code, detail);
    }

    /** A failure that sending the same request again may cure: retried, then counted by the breaker. */
    static final class Momentary extends RuntimeException {
        Momentary(String message) {
            super(message);
        }
    }
}
