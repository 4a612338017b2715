package org.charter.web.home;

import org.charter.web.ballot.Contests;
import org.charter.web.poll.Polls;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page once signed in: who I am and, for a delegate, my member, my role and its open ballots; the polls still open. */
@Controller
class HomeController {

    private final Polls polls;
    private final Contests contests;

    HomeController(Polls polls, Contests contests) {
        this.polls = polls;
        this.contests = contests;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedIn person, Model model) {
        model.addAttribute("person", person);
        if (person.isDelegate() && person.member() != null) {
            model.addAttribute("myMember", polls.member(person));
            model.addAttribute("contests", contests.open(person));
        }
        model.addAttribute("polls", polls.pending(person));
        return "home";
    }
}
