package org.charter.web.a11y;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader is told when something changes without the person asking for it: the live
 * turnout replaces only the inside of a live region that stays in the page, and a moved candidate's
 * button describes its new place (the page is reloaded after a move, so a live region would be new
 * and silent; the focused button's description is read).
 */
class LiveRegionsTest extends WebTestBed {

    static final String POLL = """
            {"id":"m-2-1","motion":"m-2","type":"FORMAL_VOTE","round":1,"status":"OPEN","electorate":14,"cast":3,
             "opensAt":"2027-05-01T16:00:00Z","closesAt":"2027-05-10T16:00:00Z"}""";
    static final String CONTEST = "EC-FY2028.AT_LARGE_K12";
    static final String OPEN_CONTEST = """
            {"id":"EC-FY2028.AT_LARGE_K12","position":"AT_LARGE_K12","seats":2,"method":"stv","status":"OPEN",
             "closesAt":"2027-05-10T16:00:00Z","electorate":5,
             "candidates":[{"id":"n1","name":"Wren Ames","member":"WA","withdrawn":false},
                           {"id":"n2","name":"Cal Ortiz","member":"CA","withdrawn":false},
                           {"id":"n3","name":"Ora Lind","member":"OR","withdrawn":false}],
             "elected":[],"merkleRoot":null}""";

    private static void openPoll() {
        GATEWAY.get("/api/v1/polls/m-2-1", POLL)
                .get("/api/v1/motions/m-2", "{\"title\":\"Item statistics\"}")
                .get("/api/v1/polls/m-2-1/turnout", "{\"voted\":[\"CA\"],\"notYet\":[\"OR\",\"WA\"]}");
    }

    @Test
    void the_live_turnout_swaps_only_the_inside_of_a_live_region_that_stays() throws Exception {
        openPoll();

        String page = mvc.perform(get("/polls/m-2-1").with(authentication(secretary())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String region = openingTag(page, "id=\"count\"");
        assertThat(region).contains("aria-live=\"polite\"").contains("role=\"status\"")
                .contains("hx-get=\"/polls/m-2-1/count\"").contains("hx-swap=\"innerHTML\"")
                .doesNotContain("outerHTML");
        assertThat(page).doesNotContain("outerHTML");
        assertThat(page.indexOf("id=\"count\"")).isLessThan(page.indexOf("id=\"count-now\""));
        assertThat(page.indexOf("3 of 14 members have answered")).isGreaterThan(page.indexOf("id=\"count-now\""));

        String swapped = mvc.perform(get("/polls/m-2-1/count").with(authentication(secretary())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(swapped).contains("id=\"count-now\"").contains("3 of 14 members have answered")
                .doesNotContain("aria-live").doesNotContain("id=\"count\"").doesNotContain("hx-get");
    }

    @Test
    void a_closed_poll_has_no_polling_but_keeps_its_region() throws Exception {
        GATEWAY.get("/api/v1/polls/m-2-1", POLL.replace("\"OPEN\"", "\"CLOSED\""))
                .get("/api/v1/motions/m-2", "{\"title\":\"Item statistics\"}")
                .get("/api/v1/polls/m-2-1/turnout", "{\"voted\":[\"CA\"],\"notYet\":[\"OR\",\"WA\"]}");

        String page = mvc.perform(get("/polls/m-2-1").with(authentication(secretary())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(openingTag(page, "id=\"count\"")).contains("aria-live=\"polite\"").doesNotContain("hx-get");
    }

    @Test
    void the_moved_button_is_described_by_its_new_place_in_both_languages() throws Exception {
        GATEWAY.get("/api/v1/contests/" + CONTEST, OPEN_CONTEST)
                .get("/api/v1/contests/" + CONTEST + "/turnout", "{\"voted\":[],\"notYet\":[]}");

        String page = mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).with(csrf())
                        .param("order", "n1", "n2", "n3").param("ranked", "n1", "n2", "n3").param("move", "up:n3")
                        .param("key", "6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String moved = openingTag(page, "value=\"up:n3\"");
        assertThat(moved).contains("aria-describedby=\"ballot-moved place-n3\"").contains("autofocus");
        assertThat(page).contains("id=\"ballot-moved\"").contains("Ora Lind is now in place 2.")
                .contains("id=\"place-n3\"").contains(">Place 2 of 3<");
        assertThat(openingTag(page, "value=\"down:n3\"")).contains("aria-describedby=\"place-n3\"");
        assertThat(openingTag(page, "value=\"up:n1\"")).contains("aria-describedby=\"place-n1\"");

        String spanish = mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).with(csrf())
                        .cookie(new Cookie("CHARTER_LANG", "es"))
                        .param("order", "n1", "n2", "n3").param("ranked", "n1", "n2", "n3").param("move", "down:n1")
                        .param("key", "6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(openingTag(spanish, "value=\"down:n1\"")).contains("aria-describedby=\"ballot-moved place-n1\"");
        assertThat(spanish).contains("Wren Ames está ahora en el puesto 2.").contains(">Puesto 2 de 3<")
                .contains("data-template=\"Puesto {0} de {1}\"");
    }

    /** The whole start tag of the element that carries the attribute. */
    static String openingTag(String page, String attribute) {
        int at = page.indexOf(attribute);
        assertThat(at).as("an element with " + attribute).isNotNegative();
        int start = page.lastIndexOf('<', at);
        int end = page.indexOf('>', at);
        return page.substring(start, end + 1);
    }

}
