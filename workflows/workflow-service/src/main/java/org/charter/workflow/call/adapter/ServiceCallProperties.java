package org.charter.workflow.call.adapter;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charter.workflow.committee.*}, {@code charter.workflow.budget.*} and
 * {@code charter.workflow.election.*}: where the services
 * the processes command are and how hard the workflow tries before a job fails (the engine's own
 * retry cycle comes after that), and {@code charter.workflow.service-identity.*}: the token it
 * calls with.
 */
@ConfigurationProperties("charter.workflow")
public record ServiceCallProperties(Calls committee, Calls budget, Calls election,
                                    ServiceIdentitySettings serviceIdentity) {

    public ServiceCallProperties {
        committee = committee == null ? new Calls(null, 0, null, 0, null, 0, 0, null) : committee;
        budget = budget == null ? new Calls(URI.create("http://localhost:8083"), 0, null, 0, null, 0, 0, null) : budget;
        election = election == null ? new Calls(URI.create("http://localhost:8084"), 0, null, 0, null, 0, 0, null) : election;
        serviceIdentity = serviceIdentity == null ? new ServiceIdentitySettings(null, null, null, null, null, null)
                : serviceIdentity;
    }

    /**
     * @param url              the service's base address (committee: 8082, budget: 8083, election: 8084)
     * @param attempts         attempts per call, the first included (3)
     * @param backoff          pause before the second attempt, doubled each time (200 ms)
     * @param timeLimit        longest wait for one attempt's answer (10 s)
     * @param failureRate      percentage of failed calls that opens the breaker (50)
     * @param window           calls the failure rate is computed over (10)
     * @param openFor          how long an open breaker refuses calls before trying again (30 s)
     */
    public record Calls(URI url, int attempts, Duration backoff, double multiplier, Duration timeLimit,
                            float failureRate, int window, Duration openFor) {
        public Calls {
            url = url == null ? URI.create("http://localhost:8082") : url;
            attempts = attempts < 1 ? 3 : attempts;
            backoff = backoff == null ? Duration.ofMillis(200) : backoff;
            multiplier = multiplier < 1 ? 2 : multiplier;
            timeLimit = timeLimit == null ? Duration.ofSeconds(10) : timeLimit;
            failureRate = failureRate <= 0 ? 50 : failureRate;
            window = window < 1 ? 10 : window;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        }
    }

    /**
     * One of: {@code token} (a fixed token: tests), {@code tokenUri} with {@code clientId} and
     * {@code clientSecret} (OAuth2 client credentials: production), or, in the embedded default
     * only, {@code developmentTokenUri} (the gateway's {@code /dev/tokens}).
     *
     * @param subject the subject the development token is issued for ({@code workflow-service})
     */
    public record ServiceIdentitySettings(String token, URI tokenUri, String clientId, String clientSecret,
                                          URI developmentTokenUri, String subject) {
        public ServiceIdentitySettings {
            subject = subject == null || subject.isBlank() ? "workflow-service" : subject;
        }
    }
}
