package org.charter.web;

import java.util.List;
import org.charter.web.process.StartPeriodDefaults;
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

    /** The workflow's election start periods at their defaults, as its {@code GET /api/v1/processes/ec-election/periods} answers. */
    protected static final String ELECTION_PERIODS = "{\"process\":\"ec-election\",\"periods\":{\"nominationsOpen\":\"P45D\","
            + "\"nominationsClose\":\"P21D\",\"acceptance\":\"P14D\",\"slate\":\"P10D\",\"ballot\":\"P7D\",\"reopening\":\"P14D\","
            + "\"certification\":\"P5D\"}}";

    @Autowired
    private StartPeriodDefaults periodDefaults;

    @BeforeEach
    void forgetEarlierAnswers() {
        GATEWAY.reset();
        // read anew in every test, so what a test sees asked does not depend on the tests before it
        periodDefaults.forget();
        GATEWAY.get("/api/v1/processes/ec-election/periods", ELECTION_PERIODS);
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
