package org.charter.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

/**
 * The web app's own behaviour, without the services behind the gateway: sign-in page, languages,
 * CSRF, who may see what. The pages that call the APIs are driven against the real devstack by
 * the browser test (infra/devstack's {@code WebBrowserIT}). The gateway answers nothing here unless
 * a test says so: a sign-in that reaches it is answered 502 by the page.
 */
class WebPagesTest extends WebTestBed {

    @Test
    void the_sign_in_page_lists_the_demo_people_in_english() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("wa-alt1, alternate of WA")))
                .andExpect(content().string(containsString("<label for=\"person-0\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void the_language_switch_gives_spanish_and_a_cookie_remembers_it() throws Exception {
        mvc.perform(get("/sign-in").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("CHARTER_LANG", "es"))
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("wa-alt1, suplente de WA")));
        mvc.perform(get("/sign-in").cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(content().string(containsString("Iniciar sesión como")));
    }

    @Test
    void a_browser_asking_for_spanish_gets_spanish_and_an_unknown_language_is_ignored() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "es-MX,es;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"es\"")));
        mvc.perform(get("/sign-in").param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("CHARTER_LANG"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/sign-in").param("person", "wa-delegate2"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/polls/p-1/votes").param("choice", "YES").with(authentication(delegateOfWa())))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_person_not_in_the_demo_list_cannot_sign_in() throws Exception {
        mvc.perform(post("/sign-in").param("person", "mallory").with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Choose one of the people listed.")));
    }

    @Test
    void a_gateway_that_does_not_answer_is_said_on_the_sign_in_page() throws Exception {
        mvc.perform(post("/sign-in").param("person", "wa-delegate2").with(csrf()))
                .andExpect(status().isBadGateway())
                .andExpect(content().string(containsString("The gateway issued no token.")));
    }

    @Test
    void pages_need_a_person_signed_in() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/polls/p-1")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/polls/p-1/count").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/sign-in"));
    }

    @Test
    void a_page_whose_api_does_not_answer_says_so_and_shows_no_token() throws Exception {
        mvc.perform(get("/polls/p-1").with(authentication(delegateOfWa())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("A Charter service is not answering.")))
                .andExpect(content().string(not(containsString("secret-token"))));
    }

    @Test
    void htmx_and_the_style_sheet_are_served_under_assets() throws Exception {
        mvc.perform(get("/assets/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
        mvc.perform(get("/assets/charter.css")).andExpect(status().isOk());
    }

    @Test
    void the_health_check_needs_no_sign_in() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
