package org.charter.web;

import java.util.List;
import org.charter.web.signin.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web module's one Spring context for every page test (each test class extends this, so the
 * context is built once), talking to a {@link FakeGateway} that each test tells what to answer.
 */
@SpringBootTest(properties = {
        "charter.web.dev-sign-in.enabled=true",
        "charter.web.connect-timeout=200ms",
        "charter.web.read-timeout=5s"})
@AutoConfigureMockMvc
public abstract class WebTestBed {

    protected static final FakeGateway GATEWAY = FakeGateway.start();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("charter.web.gateway-url", GATEWAY::url);
    }

    @BeforeEach
    void forgetEarlierAnswers() {
        GATEWAY.reset();
    }

    protected static UsernamePasswordAuthenticationToken person(String subject, String role, String member) {
        return UsernamePasswordAuthenticationToken.authenticated(new SignedIn(subject, role, member, "secret-token-" + subject),
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(java.util.Locale.ROOT))));
    }

    protected static UsernamePasswordAuthenticationToken delegateOfWa() {
        return person("wa-delegate2", "delegate", "WA");
    }

    protected static UsernamePasswordAuthenticationToken secretary() {
        return person("sam.secretary", "secretary", null);
    }

    protected static UsernamePasswordAuthenticationToken auditor() {
        return person("ada.auditor", "auditor", null);
    }
}
