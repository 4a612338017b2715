package org.charter.web.signin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.charter.web.WebTestBed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The development login sends a person to the page they asked for before signing in (a notice
 * e-mail's link), and only to a page of this site. The OpenID Connect sign-in's return:
 * {@link ProductionSignInTest}.
 */
class PageAfterSignInTest extends WebTestBed {

    @BeforeEach
    void theGatewayIssuesTokens() {
        GATEWAY.answer("POST", "/dev/tokens", 200, "{\"token\":\"dev-token\"}");
    }

    @Test
    void aNoticesLinkFollowedSignedOutLeadsToItsPageAfterSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/notifications/preferences?from=notice").session(session)).andExpect(redirectedUrl("/sign-in"));

        signIn(session).andExpect(redirectedUrl("/notifications/preferences?from=notice"));

        // used once: the next sign-in of this session starts at the home page
        signIn(session).andExpect(redirectedUrl("/"));
    }

    @Test
    void withNothingAskedForTheHomePageFollows() throws Exception {
        signIn(new MockHttpSession()).andExpect(redirectedUrl("/"));
    }

    @Test
    void anHtmxPartialOrAFormIsNotReturnedTo() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/polls/p-1/count").header("HX-Request", "true").session(session))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/sign-in"));
        mvc.perform(post("/polls/p-1/votes").param("choice", "YES").with(csrf()).session(session)).andExpect(redirectedUrl("/sign-in"));

        signIn(session).andExpect(redirectedUrl("/"));
    }

    @Test
    void theWayBackIsAPathOfThisSiteWhateverHostTheRequestNamed() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/polls/p-1").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").session(session))
                .andExpect(redirectedUrl("/sign-in"));

        signIn(session).andExpect(redirectedUrl("/polls/p-1"));
    }

    @Test
    void aRefusedSignInKeepsThePageForTheNextTry() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/processes?task=t-1").session(session)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-in").param("person", "mallory").with(csrf()).session(session)).andExpect(status().isUnprocessableEntity());

        signIn(session).andExpect(redirectedUrl("/processes?task=t-1"));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(MockHttpSession session) throws Exception {
        return mvc.perform(post("/sign-in").param("person", "sam.secretary").with(csrf()).session(session));
    }
}
