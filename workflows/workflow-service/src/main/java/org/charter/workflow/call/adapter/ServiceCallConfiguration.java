package org.charter.workflow.call.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.charter.workflow.call.ServiceRefusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceCallProperties.class)
class ServiceCallConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService serviceCallThreads() {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "service-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Builds the guarded calls to one service: its own retry, circuit breaker (with metrics) and time limit. */
    @Bean
    ServiceCalls serviceCalls(ServiceIdentity identity, ObjectMapper json, ExecutorService serviceCallThreads,
                              ObjectProvider<MeterRegistry> meters) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return (service, settings) -> {
            RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                    .maxAttempts(settings.attempts())
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.backoff(), settings.multiplier()))
                    .retryOnException(e -> !(e instanceof ServiceRefusal) && !(e instanceof CallNotPermittedException))
                    .build());
            CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                    .failureRateThreshold(settings.failureRate())
                    .slidingWindowSize(settings.window())
                    .minimumNumberOfCalls(Math.min(settings.window(), 5))
                    .waitDurationInOpenState(settings.openFor())
                    .ignoreExceptions(ServiceRefusal.class)
                    .build());
            Retry retry = retries.retry(service);
            CircuitBreaker breaker = breakers.circuitBreaker(service);
            meters.ifAvailable(registry -> {
                TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
                TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
            });
            TimeLimiter limiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(settings.timeLimit())
                    .cancelRunningFuture(true).build());
            return new GuardedCalls(service, settings.url(), http, identity, json, retry, breaker, limiter,
                    serviceCallThreads);
        };
    }

    /**
     * The service identity: a fixed token (tests), client credentials (production) or, only where
     * the development keys are trusted (the embedded default), a development token from the gateway.
     */
    @Bean
    ServiceIdentity serviceIdentity(ServiceCallProperties properties, Environment environment, ObjectMapper json,
                                    Clock clock) {
        var identity = properties.serviceIdentity();
        if (identity.token() != null && !identity.token().isBlank()) {
            return ServiceIdentity.fixed(identity.token());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        if (identity.tokenUri() != null) {
            String form = "grant_type=client_credentials&client_id=" + encode(identity.clientId())
                    + "&client_secret=" + encode(identity.clientSecret());
            return new FetchedTokens(() -> post(http, json, identity.tokenUri(), "application/x-www-form-urlencoded", form),
                    Duration.ofMinutes(5), clock);
        }
        if (environment.getProperty("charter.security.trust-development-keys", Boolean.class, false)) {
            URI uri = identity.developmentTokenUri() != null ? identity.developmentTokenUri()
                    : URI.create(environment.getProperty("charter.dev-tokens.issuer", "http://localhost:8080/dev") + "/tokens");
            String body = "{\"subject\":\"" + identity.subject() + "\",\"role\":\"secretary\"}";
            return new FetchedTokens(() -> post(http, json, uri, "application/json", body), Duration.ofHours(1), clock);
        }
        throw new IllegalStateException("The workflow service calls the other services with its own identity: set"
                + " charter.workflow.service-identity.token-uri, client-id and client-secret (OAuth2 client credentials),"
                + " or charter.workflow.service-identity.token");
    }

    private static JsonNode post(HttpClient http, ObjectMapper json, URI uri, String type, String body) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the token issuer " + uri + " answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the token issuer " + uri + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
