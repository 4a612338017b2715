package org.charter.web.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.FakeGateway;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A secretary calls the Executive Committee election from the processes page (the workflow's ec-election start). */
class ElectionStartPagesTest extends WebTestBed {

    private static final String START = "/api/v1/processes/ec-election";

    private void nothingRunning() {
        GATEWAY.get("/api/v1/processes?state=ACTIVE&size=50", "[]");
    }

    private static MockHttpServletRequestBuilder callElection(String fiscalYear, String suffix) {
        MockHttpServletRequestBuilder request = post("/processes").param("process", "ec-election").param("fiscalYear", fiscalYear)
                .with(authentication(secretary()));
        return suffix == null ? request : request.param("suffix", suffix);
    }

    /** The page the start redirects to, with what the start left for it. */
    private String pageAfter(MvcResult started, Cookie... cookies) throws Exception {
        nothingRunning();
        var request = get("/processes").with(authentication(secretary())).flashAttrs(started.getFlashMap());
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_page_offers_the_election_with_labelled_fields_and_a_csrf_token() throws Exception {
        nothingRunning();
        mvc.perform(get("/processes").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h3 id=\"election-heading\">The Executive Committee election</h3>")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"process\" value=\"ec-election\">")))
                .andExpect(content().string(containsString("<label for=\"fiscal-year\">The fiscal year the elected terms start in</label>")))
                .andExpect(content().string(containsString("aria-describedby=\"fiscal-year-hint\"")))
                .andExpect(content().string(containsString("<label for=\"suffix\">Special election only: its suffix</label>")))
                .andExpect(content().string(containsString("Call the election")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void a_secretary_calls_the_years_election_and_is_told_it_was_called_and_when_the_ballots_open() throws Exception {
        GATEWAY.answer("POST", START, 201, """
                {"processInstanceId":"pi-9","process":"ec-election","version":1,"election":"EC-FY2028","adopted":false,
                 "contests":["EC-FY2028.CHAIR_ELECT"],"slateAt":"2027-05-01T16:00:00Z","ballotOpensAt":"2027-05-11T16:00:00Z"}""");

        MvcResult started = mvc.perform(callElection(" FY2028 ", "").with(csrf()))
                .andExpect(redirectedUrl("/processes")).andReturn();

        FakeGateway.Request start = posted();
        assertThat(start.target()).isEqualTo(START);
        assertThat(start.body()).isEqualTo("{\"fiscalYear\":2028}");
        assertThat(start.authorization()).isEqualTo("Bearer secret-token-sam.secretary");
        assertThat(start.idempotencyKey()).isNotBlank();
        assertThat(pageAfter(started))
                .contains("The election EC-FY2028 was called and its process started (pi-9): nominations are open;"
                        + " the ballots open May 11, 2027")
                .contains("data-adopted=\"false\"");
    }

    @Test
    void an_election_called_already_and_still_nominating_is_adopted_and_the_page_says_so_in_both_languages() throws Exception {
        GATEWAY.answer("POST", START, 201, """
                {"processInstanceId":"pi-10","process":"ec-election","version":1,"election":"EC-FY2028-S1","adopted":true,
                 "contests":["EC-FY2028-S1.AT_LARGE_K12"],"ballotOpensAt":"2027-05-11T16:00:00Z"}""");

        MvcResult started = mvc.perform(callElection("2028", "s1").with(csrf())).andExpect(redirectedUrl("/processes")).andReturn();

        assertThat(posted().body()).isEqualTo("{\"fiscalYear\":2028,\"suffix\":\"S1\"}");
        assertThat(pageAfter(started))
                .contains("The election EC-FY2028-S1 had been called already and no process followed it: its process now"
                        + " follows it (pi-10), with the calendar the election service has; nothing was called again.")
                .contains("data-adopted=\"true\"");
        assertThat(pageAfter(started, new Cookie("CHARTER_LANG", "es")))
                .contains("La elección EC-FY2028-S1 ya estaba convocada y ningún proceso la seguía: ahora la sigue su"
                        + " proceso (pi-10)");
    }

    @Test
    void an_election_under_way_is_refused_in_words_with_the_services_reason_in_english_and_spanish() throws Exception {
        GATEWAY.answer("POST", START, 409, """
                {"status":409,"code":"ELECTION_UNDER_WAY","detail":"EC-FY2028 is under way on the election service (contests [OPEN])"}""");
        nothingRunning();

        mvc.perform(callElection("2028", null).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("data-code=\"ELECTION_UNDER_WAY\"")))
                .andExpect(content().string(containsString("That election is under way already, past its slate, and no process"
                        + " follows it: nothing was started.")))
                .andExpect(content().string(containsString("The service says: EC-FY2028 is under way on the election service"
                        + " (contests [OPEN])")))
                // what was typed stays in the form
                .andExpect(content().string(containsString("aria-describedby=\"fiscal-year-hint\" value=\"2028\"")));
        mvc.perform(callElection("2028", null).with(csrf()).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Esa elección ya está en curso, pasada su lista de candidatos, y ningún"
                        + " proceso la sigue: no se inició nada.")));
    }

    @Test
    void an_election_a_process_follows_already_is_refused_as_running() throws Exception {
        GATEWAY.answer("POST", START, 409, """
                {"status":409,"code":"PROCESS_ALREADY_RUNNING","detail":"pi-9 follows EC-FY2028: GET /api/v1/processes/pi-9"}""")
                .get("/api/v1/processes?state=ACTIVE&size=50", "[{\"processInstanceId\":\"pi-9\"},{\"processInstanceId\":\"pi-11\"}]")
                .get("/api/v1/processes/pi-9", """
                        {"processInstanceId":"pi-9","process":"ec-election","key":"EC-FY2028","waitingAt":["NominationPeriod"],"tasks":[]}""")
                .get("/api/v1/processes/pi-11", """
                        {"processInstanceId":"pi-11","process":"ec-contest","key":"EC-FY2028.CHAIR_ELECT","waitingAt":["CertifyContest"],
                         "tasks":[{"id":"t-5","name":"Certify the contest"}]}""");

        mvc.perform(callElection("2028", null).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("That process is already running: pi-9 follows EC-FY2028")))
                .andExpect(content().string(containsString("<span>EC-FY2028</span>")))
                .andExpect(content().string(containsString("href=\"/contests/EC-FY2028.CHAIR_ELECT\"")))
                .andExpect(content().string(containsString("Certify the contest")));
    }

    @Test
    void the_election_services_own_refusals_and_its_silence_are_said_in_words() throws Exception {
        nothingRunning();
        GATEWAY.answer("POST", START, 409, "{\"status\":409,\"code\":\"ELECTION_ALREADY_EXISTS\",\"detail\":\"race\"}");
        mvc.perform(callElection("2028", null).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The election service said the election exists but then did not show"
                        + " it: nothing was started. Try again.")));

        GATEWAY.answer("POST", START, 503, "{\"status\":503,\"code\":\"ELECTION_UNAVAILABLE\",\"detail\":\"down\"}");
        mvc.perform(callElection("2028", null).with(csrf()).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("El servicio de elecciones no respondió: no se inició nada.")));

        GATEWAY.answer("POST", START, 422, "{\"status\":422,\"code\":\"NOT_ELECTED_POSITION\",\"detail\":\"CHAIR is not elected in FY2029\"}");
        mvc.perform(callElection("2029", null).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("No such position is elected that year: CHAIR is not elected in FY2029")));

        GATEWAY.answer("POST", START, 400, "{\"status\":400,\"code\":\"VALIDATION_FAILED\",\"detail\":\"suffix: must match [A-Z0-9]{1,8}\"}");
        mvc.perform(callElection("2028", "S-1").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("suffix: must match [A-Z0-9]{1,8}")));
    }

    @Test
    void a_missing_or_malformed_year_is_refused_before_any_api_is_asked() throws Exception {
        nothingRunning();
        mvc.perform(callElection(" ", null).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the fiscal year the elected terms start in, such as 2028.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(callElection("28", null).with(csrf()).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Eso no es un año fiscal: 28. Indique cuatro cifras, como 2028.")));
        assertThat(GATEWAY.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void a_call_without_the_csrf_token_is_refused_and_nothing_is_asked() throws Exception {
        mvc.perform(callElection("2028", null))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("was called"))));
        assertThat(GATEWAY.requests()).isEmpty();
    }

    @Test
    void the_calendar_is_offered_field_by_field_with_its_defaults() throws Exception {
        nothingRunning();
        mvc.perform(get("/processes").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>The calendar (optional)</legend>")))
                .andExpect(content().string(containsString("<label for=\"period-ballot\">Voting period</label>")))
                .andExpect(content().string(containsString("How long the ballots stay open. Default: P7D.")))
                .andExpect(content().string(containsString("name=\"periods.nominationsOpen\"")))
                .andExpect(content().string(containsString("placeholder=\"P45D\"")))
                .andExpect(content().string(containsString("aria-describedby=\"period-certification-hint\"")));
        mvc.perform(get("/processes").with(authentication(secretary())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(content().string(containsString("Cuánto tiempo quedan abiertas las papeletas. Por defecto: P7D.")));
    }

    @Test
    void the_calendars_defaults_are_the_workflows_read_once_and_kept() throws Exception {
        nothingRunning();
        GATEWAY.get("/api/v1/processes/ec-election/periods", ELECTION_PERIODS.replace("\"nominationsOpen\":\"P45D\"",
                "\"nominationsOpen\":\"P30D\""));

        mvc.perform(get("/processes").with(authentication(secretary())))
                .andExpect(content().string(containsString("placeholder=\"P30D\"")))
                .andExpect(content().string(not(containsString("placeholder=\"P45D\""))));
        // the form checks the order with the workflow's defaults: a close after the shorter opening is named
        mvc.perform(callElection("2028", null).param("periods.nominationsClose", "P35D").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("(P30D); it is P35D")));

        assertThat(GATEWAY.requests()).filteredOn(request -> request.target().equals("/api/v1/processes/ec-election/periods"))
                .singleElement().satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer secret-token-sam.secretary"));
        assertThat(GATEWAY.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void the_periods_a_secretary_changes_are_sent_with_the_start_and_the_others_left_to_the_workflow() throws Exception {
        GATEWAY.answer("POST", START, 201, """
                {"processInstanceId":"pi-12","process":"ec-election","version":1,"election":"EC-FY2028","adopted":false,
                 "contests":["EC-FY2028.CHAIR_ELECT"],"ballotOpensAt":"2027-05-11T16:00:00Z"}""");

        mvc.perform(callElection("2028", null).param("periods.nominationsOpen", "p60d").param("periods.ballot", " PT72H ")
                        .param("periods.slate", "").with(csrf()))
                .andExpect(redirectedUrl("/processes"));

        assertThat(posted().body())
                .isEqualTo("{\"fiscalYear\":2028,\"periods\":{\"nominationsOpen\":\"P60D\",\"ballot\":\"PT72H\"}}");
    }

    @Test
    void bad_periods_are_named_beside_their_fields_and_in_a_summary_before_any_api_is_asked() throws Exception {
        nothingRunning();
        String page = mvc.perform(callElection("2028", null).param("periods.ballot", "a week").param("periods.reopening", "PT0S")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("The election was not called: its calendar has mistakes.")
                .contains("href=\"#period-ballot\"")
                .contains("Voting period: “a week” is not a duration: write one such as P14D, PT72H or PT2M.")
                .contains("<p id=\"period-ballot-error\" class=\"refusal\">“a week” is not a duration: write one such as P14D, PT72H or PT2M.</p>")
                .contains("<p id=\"period-reopening-error\" class=\"refusal\">“PT0S” is not longer than zero: a period must be.</p>")
                .contains("aria-describedby=\"fiscal-year-hint\" value=\"2028\"");
        assertThat(input(page, "period-ballot")).contains("value=\"a week\"").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"period-ballot-hint period-ballot-error\"");
        assertThat(input(page, "period-slate")).doesNotContain("aria-invalid").contains("aria-describedby=\"period-slate-hint\"");
        assertThat(GATEWAY.requests()).noneMatch(request -> request.method().equals("POST"));

        mvc.perform(callElection("", null).param("periods.nominationsClose", "P50D").with(csrf()).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Las candidaturas deben cerrarse después de abrirse: haga este plazo menor"
                        + " que el periodo de candidaturas (P45D); es P50D.")))
                // the missing year is said at the same time
                .andExpect(content().string(containsString("Indique el año fiscal en que empiezan los mandatos elegidos")));
        assertThat(GATEWAY.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void a_period_the_workflow_refuses_is_marked_on_its_field() throws Exception {
        nothingRunning();
        GATEWAY.answer("POST", START, 400, """
                {"status":400,"code":"INVALID_PERIOD","detail":"periods.certification: must be positive, was PT0.0001S"}""");

        String page = mvc.perform(callElection("2028", null).param("periods.certification", "PT0.0001S").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The workflow did not accept a period of the calendar:"
                        + " periods.certification: must be positive, was PT0.0001S")))
                .andReturn().getResponse().getContentAsString();

        assertThat(input(page, "period-certification")).contains("value=\"PT0.0001S\"").contains("aria-invalid=\"true\"");
        assertThat(input(page, "period-ballot")).doesNotContain("aria-invalid");
    }

    /** The one request the start sent (the page read the workflow's default periods before it). */
    private static FakeGateway.Request posted() {
        return GATEWAY.requests().stream().filter(request -> request.method().equals("POST")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing posted: " + GATEWAY.requests()));
    }

    /** The {@code <input>} tag with this id, whatever order its attributes were written in. */
    private static String input(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("an input " + id).isNotNegative();
        int start = page.lastIndexOf("<input", at);
        return page.substring(start, page.indexOf('>', at) + 1);
    }
}
