package org.charter.web.home;

import org.charter.web.poll.Polls;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page once signed in: who I am and, for a delegate, my member and role; the polls still open. */
@Controller
class HomeController {

    private final Polls polls;

    HomeController(Polls polls) {
        this.polls = polls;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedIn person, Model model) {
        model.addAttribute("person", person);
        if (person.isDelegate() && person.member() != null) {
            model.addAttribute("myMember", polls.member(person));
        }
        model.addAttribute("polls", polls.pending(person));
        return "home";
    }
}
