package org.charter.web.record;

import org.charter.web.poll.Polls;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "What my member has already done": for a delegate or alternate, its member's answers to polls
 * (the choice once the roll call is public, "answered" while the poll is open), its consensus
 * positions, and the contests in which it voted (only that it did). Always the signed-in person's
 * own member: the address names none, and the API refuses another's.
 */
@Controller
class MemberRecordController {

    private final MemberRecord record;
    private final Polls polls;

    MemberRecordController(MemberRecord record, Polls polls) {
        this.record = record;
        this.polls = polls;
    }

    @GetMapping("/my-member")
    String myMember(@AuthenticationPrincipal SignedIn person, Model model) {
        model.addAttribute("person", person);
        if (person.member() == null) {
            return "my-member";
        }
        model.addAttribute("myMember", polls.member(person));
        model.addAttribute("answers", record.polls(person));
        model.addAttribute("contests", record.contests(person));
        return "my-member";
    }
}
