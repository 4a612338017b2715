package org.charter.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.FakeGateway;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/** The notice preferences page every notice e-mail links to, against the notification API behind a fake gateway. */
class PreferencesPagesTest extends WebTestBed {

    private static final String PREFERENCES = "/api/v1/people/wa-delegate2/preferences";

    @Test
    void the_signed_in_persons_preferences_are_shown_as_a_form() throws Exception {
        GATEWAY.get(PREFERENCES, """
                {"personId":"wa-delegate2","language":"ES","emailOff":["MOTION_REVISED","BUDGET_ESCALATED"],"remindersAlways":true}""");

        mvc.perform(get("/notifications/preferences").with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/notifications/preferences\"")))
                .andExpect(content().string(containsString("action=\"/notifications/preferences\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<legend>Language of my notices</legend>")))
                .andExpect(content().string(containsString("<input type=\"radio\" name=\"language\" value=\"ES\" lang=\"es\" checked=\"checked\"")))
                .andExpect(content().string(not(containsString("value=\"EN\" lang=\"en\" checked"))))
                .andExpect(content().string(containsString(
                        "<input type=\"checkbox\" name=\"email\" id=\"email-POLL_OPENED\" value=\"POLL_OPENED\" checked=\"checked\">")))
                .andExpect(content().string(containsString(
                        "<input type=\"checkbox\" name=\"email\" id=\"email-MOTION_REVISED\" value=\"MOTION_REVISED\">")))
                .andExpect(content().string(containsString("<label for=\"email-MOTION_REVISED\">A motion&#39;s text was revised</label>")))
                // Thymeleaf writes th:checked and th:disabled in either order
                .andExpect(content().string(matchesRegex("(?s).*<input type=\"checkbox\" name=\"email\" id=\"email-BUDGET_ESCALATED\" "
                        + "value=\"BUDGET_ESCALATED\" aria-describedby=\"why-BUDGET_ESCALATED\" "
                        + "(disabled=\"disabled\" checked=\"checked\"|checked=\"checked\" disabled=\"disabled\")>.*")))
                .andExpect(content().string(containsString("Cannot be switched off: the Executive Committee&#39;s chair must act")));
        assertThat(GATEWAY.requests()).singleElement()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo("Bearer secret-token-wa-delegate2"));
    }

    @Test
    void the_choices_are_saved_with_every_kind_not_ticked_switched_off() throws Exception {
        GATEWAY.answer("PUT", PREFERENCES, 200, """
                {"personId":"wa-delegate2","language":"ES","emailOff":[],"remindersAlways":true}""");

        mvc.perform(post("/notifications/preferences").param("language", "ES")
                        .param("email", "POLL_OPENED", "REMINDER", "POLL_RESULT", "CONTEST_OPENED", "CONTEST_CERTIFIED",
                                "BUDGET_ADOPTED", "TASK_ASSIGNED")
                        .with(authentication(delegateOfWa())).with(csrf()))
                .andExpect(redirectedUrl("/notifications/preferences"))
                .andExpect(flash().attribute("saved", true));

        FakeGateway.Request saved = GATEWAY.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(saved.target()).isEqualTo(PREFERENCES);
        assertThat(saved.body()).isEqualTo("{\"language\":\"ES\",\"emailOff\":[\"CONTEST_CLOSED\",\"MOTION_REVISED\"]}");
        assertThat(saved.authorization()).isEqualTo("Bearer secret-token-wa-delegate2");

        GATEWAY.get(PREFERENCES, """
                {"personId":"wa-delegate2","language":"ES","emailOff":["CONTEST_CLOSED","MOTION_REVISED"],"remindersAlways":true}""");
        mvc.perform(get("/notifications/preferences").flashAttr("saved", true).with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your choices are saved.")));
    }

    @Test
    void a_refusal_is_said_in_spanish_and_keeps_what_was_chosen() throws Exception {
        GATEWAY.answer("PUT", PREFERENCES, 403, """
                {"status":403,"code":"NOT_YOUR_PREFERENCES","detail":"these are wa-delegate2's preferences"}""");

        mvc.perform(post("/notifications/preferences").param("language", "EN").param("email", "POLL_OPENED")
                        .header("HX-Request", "true").with(authentication(delegateOfWa())).with(csrf())
                        .cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(
                        "Estas son las preferencias de avisos de otra persona: solo puede leer y cambiar las suyas.")))
                .andExpect(content().string(containsString("<input type=\"radio\" name=\"language\" value=\"EN\" lang=\"en\" checked=\"checked\"")))
                .andExpect(content().string(containsString(
                        "<input type=\"checkbox\" name=\"email\" id=\"email-POLL_OPENED\" value=\"POLL_OPENED\" checked=\"checked\">")))
                .andExpect(content().string(containsString(
                        "<input type=\"checkbox\" name=\"email\" id=\"email-REMINDER\" value=\"REMINDER\" aria-describedby=\"why-REMINDER\">")));
    }

    @Test
    void a_form_without_csrf_is_refused_and_nobody_signed_in_is_sent_to_sign_in() throws Exception {
        mvc.perform(post("/notifications/preferences").param("language", "ES").with(authentication(delegateOfWa())))
                .andExpect(status().isForbidden());
        assertThat(GATEWAY.requests()).isEmpty();

        mvc.perform(get("/notifications/preferences"))
                .andExpect(redirectedUrl("/sign-in"));
    }
}
