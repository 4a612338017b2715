package org.charter.web.budget;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A fiscal year's budget (the budget API): the adopted budget with its adopted amendments, or,
 * for a year without one, the continuing budget; the totals; and every proposal of the year with
 * its approval steps, each step a poll decided linking to that poll's roll call; a budget not yet
 * adopted with its current version's lines and what that version changed from the one before.
 */
@Controller
class BudgetController {

    /** The API's collection for each kind of proposal. */
    private static final Map<String, String> COLLECTIONS = Map.of("BUDGET", "budgets", "FEE_SCHEDULE", "fee-schedules",
            "AMENDMENT", "amendments");

    private final GatewayApi api;
    private final BudgetLabels labels;

    BudgetController(GatewayApi api, BudgetLabels labels) {
        this.api = api;
        this.labels = labels;
    }

    /**
     * A proposal of the year, with its steps as the API gives them (maps, for the template) and, for
     * a budget, its current version's totals (null for the other kinds), so a budget still in review
     * shows what it proposes.
     */
    record YearProposal(String id, String kind, String status, int version, List<Map<String, Object>> steps,
                        Long revenueCents, Long expenseCents, List<ProposedLine> lines, VersionChanges changes) {
    }

    @GetMapping("/fiscal-years/{fy}/budget")
    String budget(@AuthenticationPrincipal SignedIn person, @PathVariable String fy, Model model, Locale locale) {
        model.addAttribute("fy", fy);
        JsonNode effective = unlessMissing(() -> api.get("/api/v1/fiscal-years/{fy}/budget", person.token(), fy),
                "NO_ADOPTED_BUDGET");
        if (effective != null) {
            model.addAttribute("budgetId", effective.path("budget").asText());
            model.addAttribute("budgetVersion", effective.path("version").asInt());
            List<String> amendments = new ArrayList<>();
            effective.path("amendments").forEach(a -> amendments.add(a.asText()));
            model.addAttribute("amendments", amendments);
            model.addAttribute("lines", effectiveLines(effective, locale));
            model.addAttribute("revenueCents", effective.path("revenueCents").asLong());
            model.addAttribute("expenseCents", effective.path("expenseCents").asLong());
        } else {
            JsonNode continuing = unlessMissing(() -> api.get("/api/v1/fiscal-years/{fy}/continuing-budget", person.token(), fy),
                    "NO_ADOPTED_BUDGET");
            if (continuing != null) {
                continuing(continuing, model, locale);
            }
        }
        JsonNode year = unlessMissing(() -> api.get("/api/v1/fiscal-years/{fy}", person.token(), fy), "FISCAL_YEAR_NOT_FOUND");
        model.addAttribute("proposals", year == null ? List.of() : proposals(year, person, locale));
        return "budget";
    }

    private List<EffectiveLine> effectiveLines(JsonNode effective, Locale locale) {
        Map<String, Long> adopted = new HashMap<>();
        for (JsonNode line : effective.path("adoptedLines")) {
            adopted.put(key(line), line.path("amountCents").asLong());
        }
        List<EffectiveLine> lines = new ArrayList<>();
        for (JsonNode line : effective.path("lines")) {
            lines.add(line(line, adopted.get(key(line)), line.path("amountCents").asLong(), locale));
        }
        return lines;
    }

    private void continuing(JsonNode continuing, Model model, Locale locale) {
        List<EffectiveLine> lines = new ArrayList<>();
        List<long[]> months = new ArrayList<>();
        long revenue = 0;
        long expense = 0;
        for (JsonNode each : continuing.path("lines")) {
            JsonNode line = each.path("line");
            long cents = line.path("amountCents").asLong();
            lines.add(line(line, cents, cents, locale));
            JsonNode twelve = each.path("months");
            months.add(new long[] {twelve.path(0).path("amountCents").asLong(), twelve.path(11).path("amountCents").asLong()});
            if ("REVENUE".equals(line.path("kind").asText())) {
                revenue = Math.addExact(revenue, cents);
            } else {
                expense = Math.addExact(expense, cents);
            }
        }
        model.addAttribute("continuingFrom", continuing.path("from").asText());
        model.addAttribute("continuingStarted", continuing.path("started").asBoolean());
        model.addAttribute("lines", lines);
        model.addAttribute("months", months);
        model.addAttribute("revenueCents", revenue);
        model.addAttribute("expenseCents", expense);
    }

    private EffectiveLine line(JsonNode line, Long adoptedCents, long cents, Locale locale) {
        return new EffectiveLine(line.path("kind").asText(), labels.category(line.path("category").asText(), locale),
                labels.tier(line.path("tier").asText(null), locale), line.path("description").asText(), adoptedCents, cents);
    }

    private List<YearProposal> proposals(JsonNode year, SignedIn person, Locale locale) {
        List<YearProposal> proposals = new ArrayList<>();
        for (JsonNode summary : year.path("proposals")) {
            String kind = summary.path("kind").asText();
            String id = summary.path("id").asText();
            String status = summary.path("status").asText();
            String collection = COLLECTIONS.get(kind);
            JsonNode shown = collection == null ? null : api.get("/api/v1/" + collection + "/{id}", person.token(), id);
            Map<String, Object> view = shown == null ? Map.of() : api.asView(shown);
            List<ProposedLine> lines = null;
            VersionChanges changes = null;
            // a budget not adopted (yet): what it proposes line by line, and what its version changed; the adopted one's lines are above
            if ("BUDGET".equals(kind) && shown != null && !"ADOPTED".equals(status)) {
                lines = proposedLines(shown, locale);
                int version = shown.path("version").asInt(summary.path("version").asInt());
                if (version > 1) {
                    changes = changes(unlessMissing(() -> api.get("/api/v1/budgets/{id}/versions/{from}/diff/{to}", person.token(),
                            id, version - 1, version), "VERSION_NOT_FOUND"), locale);
                }
            }
            proposals.add(new YearProposal(id, kind, status, summary.path("version").asInt(), steps(view),
                    cents(view.get("revenueCents")), cents(view.get("expenseCents")), lines, changes));
        }
        return proposals;
    }

    private List<ProposedLine> proposedLines(JsonNode budget, Locale locale) {
        List<ProposedLine> lines = new ArrayList<>();
        for (JsonNode line : budget.path("lines")) {
            lines.add(new ProposedLine(line.path("kind").asText(), labels.category(line.path("category").asText(), locale),
                    labels.tier(line.path("tier").asText(null), locale), line.path("description").asText(),
                    line.path("amountCents").asLong()));
        }
        return lines;
    }

    private VersionChanges changes(JsonNode diff, Locale locale) {
        if (diff == null) {
            return null;
        }
        List<VersionChanges.Change> changes = new ArrayList<>();
        for (JsonNode change : diff.path("changes")) {
            changes.add(new VersionChanges.Change(change.path("change").asText(), change.path("kind").asText(),
                    labels.category(change.path("category").asText(), locale), labels.tier(change.path("tier").asText(null), locale),
                    change.path("description").asText(), change.path("fromCents").asLong(), change.path("toCents").asLong(),
                    change.path("deltaCents").asLong()));
        }
        return new VersionChanges(diff.path("from").asInt(), diff.path("to").asInt(), changes,
                diff.path("revenueDeltaCents").asLong(), diff.path("expenseDeltaCents").asLong());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> shown) {
        Object steps = shown.get("steps");
        return steps instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static Long cents(Object amount) {
        return amount instanceof Number number ? number.longValue() : null;
    }

    private static String key(JsonNode line) {
        return line.path("kind").asText() + "|" + line.path("category").asText() + "|" + line.path("tier").asText("")
                + "|" + line.path("description").asText();
    }

    /** The API's answer, or null where it says there is none of it (the given 404 code); any other refusal stands. */
    private static JsonNode unlessMissing(java.util.function.Supplier<JsonNode> call, String missingCode) {
        try {
            return call.get();
        } catch (ApiRefusal refusal) {
            if (refusal.status() == 404 && Set.of(missingCode, "NOT_FOUND").contains(refusal.code())) {
                return null;
            }
            throw refusal;
        }
    }
}
