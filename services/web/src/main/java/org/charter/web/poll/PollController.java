package org.charter.web.poll;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.charter.web.api.ApiRefusal;
import org.charter.web.refusal.RefusalMessages;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One poll: its motion, closing time and running count (refreshed by htmx from
 * {@code /polls/{id}/count}), whether my member has answered, and the form to answer it. An answer
 * is posted, then the page is shown again (post, redirect, get); a refusal is explained on the page
 * in the reader's language with the status the API gave.
 */
@Controller
class PollController {

    private final Polls polls;
    private final RefusalMessages refusals;

    PollController(Polls polls, RefusalMessages refusals) {
        this.polls = polls;
        this.refusals = refusals;
    }

    @GetMapping("/polls/{id}")
    String poll(@AuthenticationPrincipal SignedIn person, @PathVariable String id, Model model) {
        show(person, id, model);
        return "poll";
    }

    /** The running count alone, for htmx to swap in while the page is open. */
    @GetMapping("/polls/{id}/count")
    String count(@AuthenticationPrincipal SignedIn person, @PathVariable String id, Model model) {
        model.addAttribute("poll", polls.poll(person, id));
        model.addAttribute("turnout", polls.turnout(person, id));
        return "poll :: count";
    }

    @PostMapping("/polls/{id}/votes")
    String answer(@AuthenticationPrincipal SignedIn person, @PathVariable String id,
                  @RequestParam(name = "choice", required = false) String choice,
                  @RequestParam(name = "reason", required = false) String reason,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (choice == null || choice.isBlank()) {
                throw new ApiRefusal(400, "CHOICE_MISSING", "");
            }
            polls.answer(person, id, choice, reason);
        } catch (ApiRefusal refusal) {
            if (refusal.notThisMembersDelegate()) {
                throw refusal; // the 403 page: no answer form for a member this person cannot act for
            }
            response.setStatus(refusal.status());
            model.addAttribute("refusal", refusals.explain(refusal, locale));
            model.addAttribute("refusalCode", refusal.code());
            model.addAttribute("chosen", choice);
            model.addAttribute("reason", reason);
            show(person, id, model);
            return "poll";
        }
        redirect.addFlashAttribute("recorded", choice);
        return "redirect:/polls/" + id;
    }

    private void show(SignedIn person, String id, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("poll", polls.poll(person, id));
        Polls.Turnout turnout = polls.turnout(person, id);
        model.addAttribute("turnout", turnout);
        model.addAttribute("memberAnswered", person.member() != null && turnout.voted().contains(person.member()));
    }
}
