package org.charter.web.process;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.charter.web.refusal.RefusalMessages;
import org.charter.web.signin.SignedIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governing processes (the workflow API): start a policy approval for a motion or a budget
 * approval for a budget proposal, and the running ones with the tasks they wait on; the tasks are
 * done in Camunda's Tasklist, which the page links to.
 */
@Controller
class ProcessesController {

    /** The processes a secretary starts here, and the field of the start that names what it is about. */
    static final Map<String, String> SUBJECTS = Map.of("policy-approval", "motion", "budget-approval", "budget");

    private final GatewayApi api;
    private final RefusalMessages refusals;
    private final String tasklistUrl;

    ProcessesController(GatewayApi api, RefusalMessages refusals,
                        @Value("${charter.web.tasklist-url:http://localhost:8086/camunda/app/tasklist/}") String tasklistUrl) {
        this.api = api;
        this.refusals = refusals;
        this.tasklistUrl = tasklistUrl;
    }

    @GetMapping("/processes")
    String processes(@AuthenticationPrincipal SignedIn person, @RequestParam(name = "motion", required = false) String motion,
                     @RequestParam(name = "task", required = false) String task, Model model) {
        show(person, model);
        model.addAttribute("subject", motion);
        // a task notice links here with its task (TaskAssigned's link): that task is marked
        model.addAttribute("task", task);
        return "processes";
    }

    @PostMapping("/processes")
    String start(@AuthenticationPrincipal SignedIn person, @RequestParam(name = "process", required = false) String process,
                 @RequestParam(name = "subject", required = false) String subject, Model model, Locale locale,
                 HttpServletResponse response, RedirectAttributes redirect) {
        try {
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
            model.addAttribute("refusal", refusals.explain(refusal, locale));
            model.addAttribute("refusalCode", refusal.code());
            model.addAttribute("process", process);
            model.addAttribute("subject", subject);
            show(person, model);
            return "processes";
        }
    }

    private void show(SignedIn person, Model model) {
        List<Map<String, Object>> running = new ArrayList<>();
        for (Map<String, Object> summary : api.viewList("/api/v1/processes?state=ACTIVE&size=50", person.token())) {
            running.add(api.view("/api/v1/processes/{id}", person.token(), summary.get("processInstanceId")));
        }
        model.addAttribute("running", running);
        model.addAttribute("tasklistUrl", tasklistUrl);
    }
}
