package org.charter.web.home;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.charter.web.ballot.Contest;
import org.charter.web.ballot.Contests;
import org.charter.web.poll.Poll;
import org.charter.web.poll.Polls;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page once signed in: who I am and, for a delegate, my member, my role and its open
 * ballots; the polls still open. For a delegate, an item its member has already answered says so
 * ("your member has voted", "position taken") rather than waiting.
 */
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
        boolean forAMember = person.isDelegate() && person.member() != null;
        List<Contest> open = List.of();
        if (forAMember) {
            model.addAttribute("myMember", polls.member(person));
            open = contests.open(person);
            model.addAttribute("contests", open);
        }
        List<Poll> pending = polls.pending(person);
        model.addAttribute("polls", pending);
        if (forAMember) {
            // what the member has already answered is marked done, not listed as waiting (turnout: that, never how)
            Set<String> answered = new HashSet<>();
            pending.stream().filter(Poll::isOpen).filter(p -> polls.memberAnswered(person, p.id())).forEach(p -> answered.add(p.id()));
            open.stream().filter(c -> contests.memberVoted(person, c.id())).forEach(c -> answered.add(c.id()));
            model.addAttribute("answered", answered);
        }
        return "home";
    }
}
