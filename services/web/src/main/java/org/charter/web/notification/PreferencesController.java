package org.charter.web.notification;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.charter.web.refusal.RefusalMessages;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notice preferences (the notification API's), the page every notice e-mail
 * links to: the language of their messages and, kind by kind, whether it comes by e-mail. The form
 * sends the kinds ticked on; what is not ticked is switched off.
 */
@Controller
class PreferencesController {

    private static final String PREFERENCES = "/api/v1/people/{id}/preferences";

    private final GatewayApi api;
    private final RefusalMessages refusals;

    PreferencesController(GatewayApi api, RefusalMessages refusals) {
        this.api = api;
        this.refusals = refusals;
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal SignedIn person, Model model) {
        show(api.view(PREFERENCES, person.token(), person.subject()), model);
        return "preferences";
    }

    @PostMapping("/notifications/preferences")
    String choose(@AuthenticationPrincipal SignedIn person, @RequestParam(required = false) String language,
                  @RequestParam(name = "email", required = false) List<String> emailOn, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        List<String> off = NoticeKinds.switchedOff(emailOn == null ? List.of() : emailOn);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("language", language);
        choice.put("emailOff", off);
        try {
            api.put(PREFERENCES, person.token(), choice, person.subject());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/notifications/preferences";
        } catch (ApiRefusal refusal) {
            if (refusal.status() == 401) {
                throw refusal; // the session's token expired: sign in again, as on every page
            }
            response.setStatus(refusal.status());
            model.addAttribute("refusal", refusals.explain(refusal, locale));
            Map<String, Object> submitted = new LinkedHashMap<>();
            submitted.put("language", language);
            submitted.put("emailOff", off);
            show(submitted, model);
            return "preferences";
        }
    }

    /** The form's state: the language chosen and, for each kind, whether it comes by e-mail. */
    @SuppressWarnings("unchecked")
    private static void show(Map<String, Object> preferences, Model model) {
        Object off = preferences.get("emailOff");
        Set<String> emailOff = off instanceof List<?> list ? Set.copyOf((List<String>) list) : Set.of();
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (String kind : NoticeKinds.ALL) {
            boolean always = NoticeKinds.ALWAYS_SENT.contains(kind);
            kinds.add(Map.of("kind", kind, "on", always || !emailOff.contains(kind), "always", always));
        }
        model.addAttribute("chosenLanguage", preferences.get("language"));
        model.addAttribute("kinds", kinds);
    }
}
