package org.charter.workflow.call.adapter;

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
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.charter.workflow.call.CommandSource;
import org.charter.workflow.call.ServiceRefusal;
import org.charter.workflow.call.ServiceUnavailable;

/**
 * One service's REST API (DESIGN.md §10.1) behind Resilience4j: each attempt has a time limit,
 * failed attempts are retried with exponential backoff, and a circuit breaker stops calling a
 * service that keeps failing. What stays wrong after that is {@link ServiceUnavailable}: the
 * engine fails the job, retries it on its own cycle, then raises an incident. A refusal the
 * service keeps (4xx) is {@link ServiceRefusal}, never retried; a momentary one (409 with
 * {@code Retry-After}, an {@code Idempotency-Key} still in progress) is. Every command carries
 * its {@code Idempotency-Key}, so sending it again never acts twice.
 */
public final class GuardedCalls {

    private final String service;
    private final URI base;
    private final HttpClient http;
    private final ServiceIdentity identity;
    private final ObjectMapper json;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final ExecutorService calls;

    GuardedCalls(String service, URI base, HttpClient http, ServiceIdentity identity, ObjectMapper json, Retry retry,
                 CircuitBreaker breaker, TimeLimiter limiter, ExecutorService calls) {
        this.service = service;
        this.base = base;
        this.http = http;
        this.identity = identity;
        this.json = json;
        this.retry = retry;
        this.breaker = breaker;
        this.limiter = limiter;
        this.calls = calls;
    }

    /** A read ({@code body} null: GET) or a command with its body; the answer's JSON. */
    public JsonNode call(String method, String path, Object body, CommandSource source) {
        Supplier<JsonNode> guarded = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(breaker, () -> limited(method, path, body, source)));
        try {
            return guarded.get();
        } catch (ServiceRefusal refusal) {
            throw refusal;
        } catch (CallNotPermittedException open) {
            throw new ServiceUnavailable(service, "the " + service + " service kept failing; calls are suspended for a while ("
                    + method + " " + path + ")", open);
        } catch (RuntimeException failed) {
            throw new ServiceUnavailable(service, method + " " + path + " failed after " + retry.getRetryConfig().getMaxAttempts()
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
        throw new ServiceRefusal(service, status, code, detail);
    }

    /** A failure that sending the same request again may cure: retried, then counted by the breaker. */
    static final class Momentary extends RuntimeException {
        Momentary(String message) {
            super(message);
        }
    }
}
