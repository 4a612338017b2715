package org.charter.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.charter.gateway.GatewayApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A restart of the devstack: the gateway started twice on the same data directory. */
class SigningKeyPersistenceIT {

    @TempDir
    Path dataDir;

    record Issued(String token) {
    }

    @Test
    void a_token_issued_before_a_restart_still_verifies_after_it() throws Exception {
        String token;
        String keySetBefore;
        try (ConfigurableApplicationContext gateway = start(dataDir)) {
            WebTestClient client = clientOf(gateway);
            token = client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("subject", "sam", "role", "secretary"))
                    .exchange().expectStatus().isOk()
                    .expectBody(Issued.class).returnResult().getResponseBody().token();
            keySetBefore = keySet(client);
        }

        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            String keySetAfter = keySet(clientOf(restarted));

            assertThat(keySetAfter).isEqualTo(keySetBefore);
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                    new ImmutableJWKSet<>(JWKSet.parse(keySetAfter))));
            assertThat(processor.process(token, null).getSubject()).isEqualTo("sam");
        }
    }

    @Test
    void without_a_data_directory_each_start_has_its_own_key() {
        String first;
        try (ConfigurableApplicationContext gateway = start(null)) {
            first = keySet(clientOf(gateway));
        }
        try (ConfigurableApplicationContext restarted = start(null)) {
            assertThat(keySet(clientOf(restarted))).isNotEqualTo(first);
        }
    }

    @Test
    void a_production_profile_refuses_to_start_with_development_tokens() {
        var builder = new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("prod")
                .properties("server.port=0", "server.address=127.0.0.1", "charter.dev-tokens.enabled=true");

        assertThatThrownBy(builder::run)
                .hasStackTraceContaining("development tokens must never be issued in production");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // as the devstack starts it: its own context, reactive, development tokens on
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.main.web-application-type=reactive", "server.port=0", "server.address=127.0.0.1",
                        "charter.dev-tokens.enabled=true",
                        "charter.data-dir=" + (dataDir == null ? "" : dataDir.toString()))
                .run();
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static String keySet(WebTestClient client) {
        return client.get().uri("/dev/jwks.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
