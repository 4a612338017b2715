package org.charter.web.process;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.charter.web.refusal.RefusalMessages;
import org.charter.web.signin.SignedIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governing processes (the workflow API): start a policy approval for a motion, a budget
 * approval for a budget proposal or an Executive Committee election for a fiscal year, and the
 * running ones with the tasks they wait on; the tasks are done in Camunda's Tasklist, which the
 * page links to.
 */
@Controller
class ProcessesController {

    /** The processes a secretary starts here, and the field of the start that names what it is about. */
    static final Map<String, String> SUBJECTS = Map.of("policy-approval", "motion", "budget-approval", "budget");
    static final String EC_ELECTION = "ec-election";
    /** The fiscal year the elected terms start in, as the workflow API takes it (2000 to 2999). */
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?:FY)?(2\\d{3})");
    private static final Pattern PERIOD_NAMED = Pattern.compile("\\bperiods\\.(\\w+)");

    private final GatewayApi api;
    private final RefusalMessages refusals;
    private final StartPeriodDefaults periodDefaults;
    private final String tasklistUrl;

    ProcessesController(GatewayApi api, RefusalMessages refusals, StartPeriodDefaults periodDefaults,
                        @Value("${charter.web.tasklist-url:http://localhost:8086/camunda/app/tasklist/}") String tasklistUrl) {
        this.api = api;
        this.refusals = refusals;
        this.periodDefaults = periodDefaults;
        this.tasklistUrl = tasklistUrl;
    }

    @GetMapping("/processes")
    String processes(@AuthenticationPrincipal SignedIn person, @RequestParam(name = "motion", required = false) String motion,
                     @RequestParam(name = "task", required = false) String task, Model model) {
        show(person, model);
        model.addAttribute("periods", Map.of());
        model.addAttribute("subject", motion);
        // a task notice links here with its task (TaskAssigned's link): that task is marked
        model.addAttribute("task", task);
        return "processes";
    }

    @PostMapping("/processes")
    String start(@AuthenticationPrincipal SignedIn person, @RequestParam(name = "process", required = false) String process,
                 @RequestParam(name = "subject", required = false) String subject,
                 @RequestParam(name = "fiscalYear", required = false) String fiscalYear,
                 @RequestParam(name = "suffix", required = false) String suffix,
                 @RequestParam Map<String, String> fields, Model model, Locale locale,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> periods = Map.of();
        try {
            if (EC_ELECTION.equals(process)) {
                Map<String, String> defaults = periodDefaults.of(EC_ELECTION, person.token());
                periods = periodFields(fields, defaults.keySet());
                model.addAttribute("periods", periods);
                ElectionPeriodsForm calendar = ElectionPeriodsForm.read(periods, defaults);
                if (!calendar.mistakes().isEmpty()) {
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    model.addAttribute("periodMistakes", calendar.mistakes());
                    try {
                        electionYear(fiscalYear); // a wrong year too is said at once, not after the calendar is put right
                    } catch (ApiRefusal wrongYear) {
                        model.addAttribute("refusal", refusals.explain(wrongYear, locale));
                        model.addAttribute("refusalCode", wrongYear.code());
                    }
                    model.addAttribute("process", process);
                    model.addAttribute("fiscalYear", fiscalYear);
                    model.addAttribute("suffix", suffix);
                    show(person, model);
                    return "processes";
                }
                return callElection(person, fiscalYear, suffix, calendar.overrides(), redirect);
            }
            if (process == null || !SUBJECTS.containsKey(process)) {
                throw new ApiRefusal(400, "PROCESS_MISSING", "");
            }
            if (subject == null || subject.isBlank()) {
                throw new ApiRefusal(400, "SUBJECT_MISSING", "");
            }
            var started = api.postOnce("/api/v1/processes/{process}", person.token(), UUID.randomUUID().toString(),
                    Map.of(SUBJECTS.get(process), subject.strip()), process);
            redirect.addFlashAttribute("started", started.path("processInstanceId").asText());
            return "redirect:/processes";
        } catch (ApiRefusal refusal) {
            response.setStatus(refusal.status());
            model.addAttribute("periods", periods);
            model.addAttribute("refusal", refusals.explain(refusal, locale));
            model.addAttribute("refusalCode", refusal.code());
            model.addAttribute("refusedPeriod", refusedPeriod(refusal, periods.keySet()));
            model.addAttribute("process", process);
            model.addAttribute("subject", subject);
            model.addAttribute("fiscalYear", fiscalYear);
            model.addAttribute("suffix", suffix);
            show(person, model);
            return "processes";
        }
    }

    /**
     * Calls the election through the workflow's start with the periods the secretary overrode (the
     * workflow's defaults for the others) and the service's default contests: the start answers
     * whether it called the election or adopted one the election service had called already (still
     * nominating), and the page says which.
     */
    private String callElection(SignedIn person, String fiscalYear, String suffix, Map<String, String> periods,
                                RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", electionYear(fiscalYear));
        if (suffix != null && !suffix.isBlank()) {
            body.put("suffix", suffix.strip().toUpperCase(Locale.ROOT));
        }
        if (!periods.isEmpty()) {
            body.put("periods", periods);
        }
        var started = api.postOnce("/api/v1/processes/{process}", person.token(), UUID.randomUUID().toString(), body,
                EC_ELECTION);
        redirect.addFlashAttribute("election", started.path("election").asText());
        redirect.addFlashAttribute("adopted", started.path("adopted").asBoolean());
        redirect.addFlashAttribute("electionProcess", started.path("processInstanceId").asText());
        String opens = started.path("ballotOpensAt").asText("");
        redirect.addFlashAttribute("ballotOpensAt", opens.isEmpty() ? null : Instant.parse(opens));
        return "redirect:/processes";
    }

    /** The fiscal year the terms start in, as the start takes it; 400 {@code FISCAL_YEAR_MISSING} or {@code ELECTION_YEAR_INVALID}. */
    private static int electionYear(String fiscalYear) {
        if (fiscalYear == null || fiscalYear.isBlank()) {
            throw new ApiRefusal(400, "FISCAL_YEAR_MISSING", "");
        }
        Matcher year = FISCAL_YEAR.matcher(fiscalYear.strip().toUpperCase(Locale.ROOT));
        if (!year.matches()) {
            throw new ApiRefusal(400, "ELECTION_YEAR_INVALID", fiscalYear.strip());
        }
        return Integer.parseInt(year.group(1));
    }

    /** The calendar's fields as the form names them ({@code periods.ballot}), by the start's names, in the start's order. */
    private static Map<String, String> periodFields(Map<String, String> fields, Set<String> names) {
        Map<String, String> periods = new LinkedHashMap<>();
        for (String name : names) {
            String value = fields.get("periods." + name);
            if (value != null) {
                periods.put(name, value);
            }
        }
        return periods;
    }

    /** The period a workflow refusal names ({@code INVALID_PERIOD}, {@code UNKNOWN_PERIOD}: "periods.ballot: ..."), if any. */
    private static String refusedPeriod(ApiRefusal refusal, Set<String> names) {
        Matcher named = PERIOD_NAMED.matcher(refusal.detail() == null ? "" : refusal.detail());
        return named.find() && names.contains(named.group(1)) ? named.group(1) : null;
    }

    private void show(SignedIn person, Model model) {
        List<Map<String, Object>> running = new ArrayList<>();
        for (Map<String, Object> summary : api.viewList("/api/v1/processes?state=ACTIVE&size=50", person.token())) {
            running.add(api.view("/api/v1/processes/{id}", person.token(), summary.get("processInstanceId")));
        }
        model.addAttribute("running", running);
        model.addAttribute("periodDefaults", periodDefaults.of(EC_ELECTION, person.token()));
        model.addAttribute("tasklistUrl", tasklistUrl);
    }
}
