package org.charter.web.i18n;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/** An STV count's fractional votes and a term's dates in the page's language; the language switch keeps the page's query. */
class NumbersDatesAndLanguageLinksTest extends WebTestBed {

    static final String CONTEST = "EC-FY2028.AT_LARGE_K12";

    private static void countedContest() {
        GATEWAY.get("/api/v1/contests/" + CONTEST, """
                        {"id":"EC-FY2028.AT_LARGE_K12","position":"AT_LARGE_K12","seats":2,"method":"stv","status":"COUNTED",
                         "closesAt":"2027-05-10T16:00:00Z","electorate":5,
                         "candidates":[{"id":"n1","name":"Wren Ames","member":"WA","withdrawn":false}],
                         "elected":["n1"],"merkleRoot":"7a76"}""")
                .get("/api/v1/contests/" + CONTEST + "/published", """
                        {"turnout":5,"electorate":5,"merkle":{"root":"7a76c585"},
                         "result":{"method":"stv","seats":2,"quota":"1.66667","elected":["Wren Ames","Cal Ortiz"],
                          "candidates":["Wren Ames","Cal Ortiz","Ora Lind"],
                          "stages":[{"number":1,"kind":"FIRST_PREFERENCES","tallies":{"Wren Ames":"4","Cal Ortiz":"1","Ora Lind":"0"},
                                     "elected":["Wren Ames"],"excluded":[],"exhausted":"0"},
                                    {"number":2,"kind":"SURPLUS","tallies":{"Cal Ortiz":"2.50000","Ora Lind":"1234.50000"},
                                     "elected":["Cal Ortiz"],"excluded":[],"exhausted":"0.33333"}]}}""");
    }

    @Test
    void stv_tallies_and_the_quota_have_two_decimals_in_english() throws Exception {
        countedContest();

        mvc.perform(get("/contests/" + CONTEST).with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd data-testid=\"quota\">1.67</dd>")))
                .andExpect(content().string(containsString("<span>2.50</span>")))
                .andExpect(content().string(containsString("<span>4.00</span>")))
                .andExpect(content().string(containsString("<span>1,234.50</span>")))
                .andExpect(content().string(containsString("<td>0.33</td>")))
                .andExpect(content().string(not(containsString("2.50000"))));
    }

    @Test
    void stv_tallies_and_the_quota_have_a_decimal_comma_in_spanish() throws Exception {
        countedContest();

        mvc.perform(get("/contests/" + CONTEST).with(authentication(secretary())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd data-testid=\"quota\">1,67</dd>")))
                .andExpect(content().string(containsString("<span>2,50</span>")))
                .andExpect(content().string(containsString("<span>4,00</span>")))
                .andExpect(content().string(containsString("<span>1.234,50</span>")))
                .andExpect(content().string(containsString("<td>0,33</td>")))
                .andExpect(content().string(not(containsString("2.50"))));
    }

    private static void executiveCommittee() {
        GATEWAY.get("/api/v1/executive-committee", """
                        {"asOf":"2028-07-02T00:00:00Z","seats":[
                          {"position":"CHAIR","seat":1,"holder":{"name":"Ana Ruiz","memberId":"CA","termStart":"2028-07-01","termEnd":"2029-06-30"}}]}""")
                .get("/api/v1/policies", "[]");
    }

    @Test
    void a_term_has_its_dates_in_english() throws Exception {
        executiveCommittee();

        mvc.perform(get("/public").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("July 1, 2028 to June 30, 2029")))
                .andExpect(content().string(not(containsString("2028-07-01"))));
    }

    @Test
    void a_term_has_its_dates_in_spanish() throws Exception {
        executiveCommittee();

        mvc.perform(get("/public").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Del 1 de julio de 2028 al 30 de junio de 2029")))
                .andExpect(content().string(not(containsString("2028-07-01"))));
    }

    @Test
    void the_language_switch_keeps_the_query_and_replaces_only_the_language() throws Exception {
        String receipt = "ab".repeat(32);
        countedContest();
        GATEWAY.get("/api/v1/contests/" + CONTEST + "/receipts/" + receipt, "{\"leafIndex\":2,\"treeSize\":5}");

        // the query as a browser sends it (MockMvc's param() would not make a query string)
        mvc.perform(get("/contests/" + CONTEST + "?receipt=" + receipt + "&lang=es").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "href=\"/contests/" + CONTEST + "?receipt=" + receipt + "&amp;lang=en\" hreflang=\"en\"")))
                .andExpect(content().string(containsString(
                        "href=\"/contests/" + CONTEST + "?receipt=" + receipt + "&amp;lang=es\" hreflang=\"es\"")));
        mvc.perform(get("/public").with(authentication(secretary())))
                .andExpect(content().string(containsString("href=\"/public?lang=es\"")));
        mvc.perform(get("/ballots/" + CONTEST + "?lang=es").with(authentication(delegateOfWa())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("href=\"/ballots/" + CONTEST + "?lang=en\"")));
    }
}
