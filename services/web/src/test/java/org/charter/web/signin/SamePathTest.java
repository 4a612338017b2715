package org.charter.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SamePathTest {

    @Test
    void aPathOfThisSiteIsKeptWithItsQuery() {
        assertThat(SamePath.of("/notifications/preferences", null)).contains("/notifications/preferences");
        assertThat(SamePath.of("/processes", "task=t-1&x=%2F%2Fevil")).contains("/processes?task=t-1&x=%2F%2Fevil");
        assertThat(SamePath.of("/", "")).contains("/");
    }

    @Test
    void anythingABrowserWouldReadAsAnotherSiteIsRefused() {
        assertThat(SamePath.of("//evil.example/polls", null)).isEmpty();
        assertThat(SamePath.of("/\\evil.example", null)).isEmpty();
        assertThat(SamePath.of("https://evil.example/", null)).isEmpty();
        assertThat(SamePath.of("evil.example", null)).isEmpty();
        assertThat(SamePath.of("/polls\r\nLocation: https://evil.example", null)).isEmpty();
        assertThat(SamePath.of("/polls", "a=\n")).isEmpty();
        assertThat(SamePath.of(null, null)).isEmpty();
    }

    @Test
    void onlyATopLevelPageIsRemembered() {
        assertThat(PageAfterSignIn.isPage(new MockHttpServletRequest("GET", "/polls/p-1"))).isTrue();
        assertThat(PageAfterSignIn.isPage(new MockHttpServletRequest("GET", "/notifications/preferences"))).isTrue();

        MockHttpServletRequest partial = new MockHttpServletRequest("GET", "/polls/p-1/count");
        partial.addHeader("HX-Request", "true");
        assertThat(PageAfterSignIn.isPage(partial)).as("an htmx partial").isFalse();
        assertThat(PageAfterSignIn.isPage(new MockHttpServletRequest("POST", "/polls/p-1/votes"))).as("a form").isFalse();
        assertThat(PageAfterSignIn.isPage(new MockHttpServletRequest("HEAD", "/polls/p-1"))).isFalse();
        for (String notAPage : new String[] {"/assets/charter.css", "/api/v1/polls/p-1", "/actuator/prometheus", "/sign-in",
                "/sign-out", "/oauth2/authorization/keycloak", "/login/oauth2/code/keycloak", "/error", "/favicon.ico"}) {
            assertThat(PageAfterSignIn.isPage(new MockHttpServletRequest("GET", notAPage))).as(notAPage).isFalse();
        }
    }
}
