package org.charter.web.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/** A fiscal year's budget page and a poll's roll call, against the budget and committee APIs behind a fake gateway. */
class BudgetPagesTest extends WebTestBed {

    private static final String ADOPTED_AND_AMENDED = """
            {"fiscalYear":"FY2027","budget":"FY2027-B1","version":4,
             "adoptedLines":[{"kind":"REVENUE","category":"MEMBER_FEES","tier":"GOVERNING","description":"State fees","amountCents":1000000001},
                             {"kind":"EXPENSE","category":"PERSONNEL","tier":null,"description":"Staff","amountCents":695000000},
                             {"kind":"EXPENSE","category":"ITEM_DEVELOPMENT","tier":null,"description":"Items","amountCents":305000001}],
             "amendments":["FY2027-A1"],
             "lines":[{"kind":"REVENUE","category":"MEMBER_FEES","tier":"GOVERNING","description":"State fees","amountCents":1000000001},
                      {"kind":"REVENUE","category":"GRANTS","tier":null,"description":"State grant","amountCents":25000000},
                      {"kind":"EXPENSE","category":"PERSONNEL","tier":null,"description":"Staff","amountCents":720000000},
                      {"kind":"EXPENSE","category":"ITEM_DEVELOPMENT","tier":null,"description":"Items","amountCents":305000001}],
             "revenueCents":1025000001,"expenseCents":1025000001}""";

    private static final String YEAR = """
            {"fiscalYear":"FY2027","firstDay":"2026-07-01","lastDay":"2027-06-30","adoptedBudget":"FY2027-B1",
             "proposals":[{"id":"FY2027-B1","kind":"BUDGET","status":"ADOPTED","version":4},
                          {"id":"FY2027-A1","kind":"AMENDMENT","status":"ADOPTED","version":1}]}""";

    private void aYearWithAnAdoptedAndAmendedBudget() {
        GATEWAY.get("/api/v1/fiscal-years/FY2027/budget", ADOPTED_AND_AMENDED)
                .get("/api/v1/fiscal-years/FY2027", YEAR)
                .get("/api/v1/budgets/FY2027-B1", """
                        {"id":"FY2027-B1","status":"ADOPTED","version":4,"steps":[
                          {"version":2,"step":"RETURNED","comments":"move 100,000.00 to item development","motionId":null,"pollId":null,"at":"2027-02-01T17:00:00Z"},
                          {"version":4,"step":"ADOPTED","comments":null,"motionId":"m-9","pollId":"m-9-1","at":"2027-05-20T17:00:00Z"}]}""")
                .get("/api/v1/amendments/FY2027-A1", """
                        {"id":"FY2027-A1","status":"ADOPTED","version":1,"steps":[
                          {"version":1,"step":"ADOPTED","comments":null,"motionId":"m-12","pollId":"m-12-1","at":"2027-09-20T17:00:00Z"}]}""");
    }

    @Test
    void a_years_budget_shows_its_lines_and_totals_in_exact_money_with_readable_names_and_its_amendments() throws Exception {
        aYearWithAnAdoptedAndAmendedBudget();

        mvc.perform(get("/fiscal-years/FY2027/budget").with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The budget of FY2027")))
                .andExpect(content().string(containsString("In force: the budget FY2027-B1, version 4, as adopted")))
                .andExpect(content().string(containsString("with the adopted amendments FY2027-A1.")))
                .andExpect(content().string(containsString("<td>Member fees</td><td>Governing</td><td>State fees</td>")))
                .andExpect(content().string(containsString("<td>Item development</td>")))
                .andExpect(content().string(not(containsString("ITEM_DEVELOPMENT"))))
                .andExpect(content().string(containsString("$10,000,000.01")))
                .andExpect(content().string(containsString("$6,950,000.00")))
                .andExpect(content().string(containsString("$7,200,000.00")))
                .andExpect(content().string(containsString("<dd>$10,250,000.01</dd>")))
                .andExpect(content().string(containsString("<dd>$0.00</dd>")));
    }

    @Test
    void each_proposal_shows_its_approval_steps_and_links_the_polls_roll_call() throws Exception {
        aYearWithAnAdoptedAndAmendedBudget();

        mvc.perform(get("/fiscal-years/FY2027/budget").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("FY2027-B1: budget, version 4")))
                .andExpect(content().string(containsString("Version 2: returned by the Executive Committee")))
                .andExpect(content().string(containsString("Comments: move 100,000.00 to item development")))
                .andExpect(content().string(containsString("(recorded by the secretary)")))
                .andExpect(content().string(containsString("href=\"/polls/m-9-1/roll-call\"")))
                .andExpect(content().string(containsString("FY2027-A1: amendment, version 1")))
                .andExpect(content().string(containsString("href=\"/polls/m-12-1/roll-call\"")));
    }

    @Test
    void in_spanish_the_money_and_the_names_are_spanish() throws Exception {
        aYearWithAnAdoptedAndAmendedBudget();

        mvc.perform(get("/fiscal-years/FY2027/budget").with(authentication(secretary())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El presupuesto de FY2027")))
                .andExpect(content().string(containsString("<td>Cuotas de los miembros</td><td>Miembro de gobierno</td>")))
                .andExpect(content().string(containsString("<td>Desarrollo de ítems</td>")))
                .andExpect(content().string(containsString("10.250.000,01\u00a0US$")))
                .andExpect(content().string(containsString("aprobada por la Junta de Gobierno")));
    }

    @Test
    void a_year_without_an_adopted_budget_shows_its_continuing_budget_month_by_month() throws Exception {
        GATEWAY.answer("GET", "/api/v1/fiscal-years/FY2028/budget", 404,
                        "{\"status\":404,\"code\":\"NO_ADOPTED_BUDGET\",\"detail\":\"FY2028 has no adopted budget\"}")
                .get("/api/v1/fiscal-years/FY2028/continuing-budget", """
                        {"fiscalYear":"FY2028","from":"FY2027","started":true,"lines":[
                          {"line":{"kind":"EXPENSE","category":"PERSONNEL","tier":null,"description":"Staff","amountCents":700000000},
                           "months":[{"month":"2027-07","amountCents":58333333},{"month":"2027-08","amountCents":58333333},
                                     {"month":"2027-09","amountCents":58333333},{"month":"2027-10","amountCents":58333333},
                                     {"month":"2027-11","amountCents":58333333},{"month":"2027-12","amountCents":58333333},
                                     {"month":"2028-01","amountCents":58333333},{"month":"2028-02","amountCents":58333333},
                                     {"month":"2028-03","amountCents":58333333},{"month":"2028-04","amountCents":58333333},
                                     {"month":"2028-05","amountCents":58333333},{"month":"2028-06","amountCents":58333337}]}]}""")
                .answer("GET", "/api/v1/fiscal-years/FY2028", 404,
                        "{\"status\":404,\"code\":\"FISCAL_YEAR_NOT_FOUND\",\"detail\":\"nothing proposed for FY2028\"}");

        mvc.perform(get("/fiscal-years/FY2028/budget").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("FY2028 runs on its continuing budget: FY2027&#39;s effective budget")))
                .andExpect(content().string(containsString("$7,000,000.00")))
                .andExpect(content().string(containsString("$583,333.33")))
                .andExpect(content().string(containsString("$583,333.37")))
                .andExpect(content().string(containsString("Nothing has been proposed for this year.")));
    }

    @Test
    void a_year_with_nothing_in_force_says_so_shows_the_budget_in_review_with_its_totals_and_a_badly_named_year_is_refused()
            throws Exception {
        String none = "{\"status\":404,\"code\":\"NO_ADOPTED_BUDGET\",\"detail\":\"FY2026 has no adopted budget\"}";
        GATEWAY.answer("GET", "/api/v1/fiscal-years/FY2027/budget", 404, none)
                .answer("GET", "/api/v1/fiscal-years/FY2027/continuing-budget", 404, none)
                .get("/api/v1/fiscal-years/FY2027", "{\"fiscalYear\":\"FY2027\",\"proposals\":[{\"id\":\"FY2027-B1\",\"kind\":\"BUDGET\",\"status\":\"EC_REVIEW\",\"version\":2}]}")
                .get("/api/v1/budgets/FY2027-B1", """
                        {"id":"FY2027-B1","status":"EC_REVIEW","version":2,"revenueCents":3100000000,"expenseCents":3099999999,
                         "gapCents":1,"steps":[]}""")
                .get("/api/v1/budgets/FY2027-B1/versions/1/diff/2", "{\"from\":1,\"to\":2,\"changes\":[],\"revenueDeltaCents\":0,\"expenseDeltaCents\":0}")
                .answer("GET", "/api/v1/fiscal-years/2027/budget", 400,
                        "{\"status\":400,\"code\":\"FISCAL_YEAR_INVALID\",\"detail\":\"2027 is not FYnnnn\"}");

        mvc.perform(get("/fiscal-years/FY2027/budget").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("FY2027 has no adopted budget and no earlier year to continue.")))
                .andExpect(content().string(containsString("Status: before the Executive Committee")))
                .andExpect(content().string(containsString("data-testid=\"proposal-totals-FY2027-B1\"")))
                .andExpect(content().string(containsString("<dd>$31,000,000.00</dd>")))
                .andExpect(content().string(containsString("<dd>$30,999,999.99</dd>")))
                .andExpect(content().string(containsString("<dd>$0.01</dd>")));
        mvc.perform(get("/fiscal-years/2027/budget").with(authentication(secretary())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A fiscal year is named FY and four digits, such as FY2027.")));
    }

    @Test
    void a_counted_polls_roll_call_shows_each_answer_and_the_absent_and_an_uncounted_one_is_refused_in_words() throws Exception {
        GATEWAY.get("/api/v1/polls/m-9-1/roll-call", """
                        {"poll":"m-9-1","type":"FORMAL_VOTE","outcome":"ADOPTED",
                         "answers":[{"member":"CA","choice":"YES","castAt":"2027-05-20T16:00:00Z","castBy":"ca-delegate2"},
                                    {"member":"WA","choice":"NO","castAt":"2027-05-20T16:01:00Z","castBy":"wa-alt1"}],
                         "absent":["OR"]}""")
                .answer("GET", "/api/v1/polls/m-9-2/roll-call", 409,
                        "{\"status\":409,\"code\":\"ROLL_CALL_NOT_PUBLISHED\",\"detail\":\"m-9-2 is not counted\"}");

        mvc.perform(get("/polls/m-9-1/roll-call").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Outcome: adopted")))
                .andExpect(content().string(containsString("<td>WA</td>")))
                .andExpect(content().string(containsString("<td>No</td>")))
                .andExpect(content().string(containsString("<td>wa-alt1</td>")))
                .andExpect(content().string(containsString("Without an answer: OR")));
        mvc.perform(get("/polls/m-9-2/roll-call").with(authentication(secretary())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("La lista de votos se publica cuando la votación se ha escrutado.")));
    }

    @Test
    void a_budget_in_review_shows_its_lines_and_what_its_version_changed_in_exact_money_in_both_languages() throws Exception {
        String none = "{\"status\":404,\"code\":\"NO_ADOPTED_BUDGET\",\"detail\":\"none\"}";
        GATEWAY.answer("GET", "/api/v1/fiscal-years/FY2028/budget", 404, none)
                .answer("GET", "/api/v1/fiscal-years/FY2028/continuing-budget", 404, none)
                .get("/api/v1/fiscal-years/FY2028", """
                        {"fiscalYear":"FY2028","proposals":[{"id":"FY2028-B1","kind":"BUDGET","status":"BOARD_VOTE","version":3}]}""")
                .get("/api/v1/budgets/FY2028-B1", """
                        {"id":"FY2028-B1","status":"BOARD_VOTE","version":3,"revenueCents":1025000001,"expenseCents":1025000001,"gapCents":0,
                         "lines":[{"kind":"REVENUE","category":"MEMBER_FEES","tier":"GOVERNING","description":"State fees","amountCents":1000000001},
                                  {"kind":"REVENUE","category":"GRANTS","tier":null,"description":"State grant","amountCents":25000000},
                                  {"kind":"EXPENSE","category":"PERSONNEL","tier":null,"description":"Staff","amountCents":720000000},
                                  {"kind":"EXPENSE","category":"ITEM_DEVELOPMENT","tier":null,"description":"Items","amountCents":305000001}],
                         "steps":[]}""")
                .get("/api/v1/budgets/FY2028-B1/versions/2/diff/3", """
                        {"from":2,"to":3,"changes":[
                          {"change":"ADDED","kind":"REVENUE","category":"GRANTS","tier":null,"description":"State grant","fromCents":0,"toCents":25000000,"deltaCents":25000000},
                          {"change":"CHANGED","kind":"EXPENSE","category":"PERSONNEL","tier":null,"description":"Staff","fromCents":700000000,"toCents":720000000,"deltaCents":20000000},
                          {"change":"REMOVED","kind":"EXPENSE","category":"MEETINGS","tier":null,"description":"Retreat","fromCents":5000001,"toCents":0,"deltaCents":-5000001}],
                         "revenueDeltaCents":25000000,"expenseDeltaCents":14999999}""");

        String page = mvc.perform(get("/fiscal-years/FY2028/budget").with(authentication(secretary())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("<caption>Revenue proposed in version 3</caption>")
                .contains("<caption>Expense proposed in version 3</caption>")
                .contains("<td>State fees</td>")
                .contains("$10,000,000.01")
                .contains("$3,050,000.01")
                .contains("<caption>What version 3 changed from version 2</caption>")
                .contains("<td>added</td>").contains("<td>changed</td>").contains("<td>removed</td>")
                .contains("+$250,000.00")
                .contains("-$50,000.01")
                .contains("<dd>+$149,999.99</dd>");
        assertThat(page.substring(page.indexOf("data-testid=\"proposal-lines-FY2028-B1-REVENUE\""),
                page.indexOf("data-testid=\"proposal-lines-FY2028-B1-EXPENSE\"")))
                .as("each side's table holds its own lines").contains("State grant").doesNotContain("Staff");

        mvc.perform(get("/fiscal-years/FY2028/budget").with(authentication(secretary())).cookie(new jakarta.servlet.http.Cookie("CHARTER_LANG", "es")))
                .andExpect(content().string(containsString("<caption>Ingresos propuestos en la versión 3</caption>")))
                .andExpect(content().string(containsString("<caption>Qué cambió la versión 3 respecto de la versión 2</caption>")))
                .andExpect(content().string(containsString("<td>añadida</td>")))
                .andExpect(content().string(containsString("+250.000,00\u00a0US$")))
                .andExpect(content().string(containsString("-50.000,01\u00a0US$")));
    }
}
