package org.charter.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.gateway.GatewayApplication;
import org.charter.gateway.GatewayDefaults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every path of the outside contract (DESIGN.md §10 and §10.1) is routed by the gateway's
 * default route table to the service that owns it, including the services still to come, and
 * the web app's pages at {@code /} to the web app.
 */
class ContractRoutesTest {

    private static final Map<String, List<String>> PATTERNS = routeTable();

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({
            "/api/v1/members, membership",
            "/api/v1/members/CA, membership",
            "/api/v1/members/CA/admission, membership",
            "/api/v1/members/CA/delegate, membership",
            "/api/v1/collaboratives, membership",
            "/api/v1/collaboratives/early-childhood/enrolments, membership",
            "/api/v1/committees, committee",
            "/api/v1/motions, committee",
            "/api/v1/polls, committee",
            "/api/v1/polls/p-1/votes, committee",
            "/api/v1/polls/p-1/closure, committee",
            "/api/v1/polls/p-1/turnout, committee",
            "/api/v1/polls/p-1/roll-call, committee",
            "/api/v1/budgets, budget",
            "/api/v1/budgets/b-1/submission, budget",
            "/api/v1/fiscal-years/FY2027/budget, budget",
            "/api/v1/fiscal-years/FY2027/member-fees.csv, budget",
            "/api/v1/fee-schedules/FY2027-F1/submission, budget",
            "/api/v1/amendments, budget",
            "/api/v1/budgets/FY2027-B1/history, budget",
            "/api/v1/budgets/FY2027-B1/versions/1/diff/3, budget",
            "/api/v1/fiscal-years/FY2027/member-fees, budget",
            "/api/v1/fiscal-years/FY2028/continuing-budget, budget",
            "/api/v1/elections, election",
            "/api/v1/elections/e-1, election",
            "/api/v1/elections/e-1/nominations, election",
            "/api/v1/elections/e-1/nominations/n1/acceptance, election",
            "/api/v1/elections/e-1/nominations/n1/withdrawal, election",
            "/api/v1/elections/e-1/slate, election",
            "/api/v1/contests/c-1, election",
            "/api/v1/contests, election",
            "/api/v1/contests/c-1/ballots, election",
            "/api/v1/contests/c-1/slate, election",
            "/api/v1/contests/c-1/closure, election",
            "/api/v1/contests/c-1/turnout, election",
            "/api/v1/contests/c-1/receipts/r-1, election",
            "/api/v1/contests/c-1/published, election",
            "/api/v1/contests/c-1/certification, election",
            "/api/v1/contests/c-1/correction, election",
            "/api/v1/executive-committee, election",
            "/api/v1/executive-committee/seats/CHAIR/1/resignation, election",
            "/api/v1/executive-committee/seats/AT_LARGE_K12/2/interim, election",
            "/api/v1/ledger/verification, audit",
            "/api/v1/ledger/cross-check, audit",
            "/api/v1/ledger/checkpoints, audit",
            "/api/v1/ledger/export, audit",
            "/api/v1/replay/member/CA, audit",
            "/api/v1/replay/poll/m-3kq9x0a7ve-1, audit",
            "/api/v1/retally, audit",
            "/api/v1/processes/policy-approval, workflow",
            "/api/v1/processes/budget-approval, workflow",
            "/api/v1/processes/ec-election, workflow",
            "/api/v1/processes, workflow",
            "/api/v1/processes/p-1, workflow",
            "/api/v1/processes/p-1/milestones, workflow",
            "/api/v1/processes/ec-election/periods, workflow",
            "/api/v1/webhooks, notification",
            "/api/v1/webhooks/wh-1/deliveries, notification",
            "/api/v1/webhook-deliveries/parked, notification",
            "/api/v1/deliveries, notification",
            "/api/v1/people/ca-del/preferences, notification",
            "/api/v1/unsubscriptions, notification",
            "/, web",
            "/sign-in, web",
            "/sign-out, web",
            "/oauth2/authorization/keycloak, web",
            "/login/oauth2/code/keycloak, web",
            "/polls/p-1, web",
            "/polls/p-1/count, web",
            "/assets/htmx.min.js, web",
            "/ballots/EC-FY2028.CHAIR_ELECT, web",
            "/contests, web",
            "/contests/EC-FY2028.AT_LARGE_K12, web",
            "/contests/EC-FY2028.AT_LARGE_K12/published.json, web",
            "/members, web",
            "/motions, web",
            "/motions/m-1/diff, web",
            "/processes, web",
            "/audit, web",
            "/audit/replay, web",
            "/audit/export, web",
            "/audit/export/ledger.jsonl, web",
            "/audit/checkpoints, web",
            "/audit/checkpoints/3.json, web",
            "/public, web",
            "/committees, web",
            "/committees/GOVERNING_BOARD/meetings/mt-1, web",
            "/fiscal-years/FY2027/budget, web",
            "/polls/p-1/roll-call, web",
            "/notifications/preferences, web",
            "/api/v1/policies, committee",
            "/public/roll-calls, web",
            "/public/roll-calls/m-1-1, web",
            "/public/results, web",
            "/my-member, web",
            "/api/v1/polls/roll-calls, committee",
            "/api/v1/contests/certified, election",
    })
    void a_contract_path_is_routed_to_its_service(String path, String service) {
        List<String> routedTo = PATTERNS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(pattern -> PathPatternParser.defaultInstance
                        .parse(pattern).matches(PathContainer.parsePath(path))))
                .map(Map.Entry::getKey)
                .toList();

        assertThat(routedTo).containsExactly(service);
    }

    private static Map<String, List<String>> routeTable() {
        var environment = new StandardEnvironment();
        new GatewayDefaults().postProcessEnvironment(environment, new SpringApplication(GatewayApplication.class));
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (String service : List.of("membership", "committee", "budget", "election", "audit", "workflow", "notification", "web")) {
            String paths = environment.getRequiredProperty("charter.services." + service + ".paths");
            table.put(service, List.of(paths.split("\\s*,\\s*")));
        }
        return table;
    }
}
