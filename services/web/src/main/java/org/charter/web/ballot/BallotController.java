package org.charter.web.ballot;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

/**
 * A delegate's ballot in an open contest: the candidates in the order the delegate ranks them,
 * reordered by up and down buttons (each a form submit, so it works with a keyboard and without
 * script; a small script adds dragging), then cast. The receipt is shown once, on the answer to the
 * cast, with how to check it after the count; the app keeps neither receipt nor nonce.
 */
@Controller
class BallotController {

    private final Contests contests;
    private final RefusalMessages refusals;

    BallotController(Contests contests, RefusalMessages refusals) {
        this.contests = contests;
        this.refusals = refusals;
    }

    @GetMapping("/ballots/{id}")
    String ballot(@AuthenticationPrincipal SignedIn person, @PathVariable String id, Model model) {
        Contest contest = contests.contest(person, id);
        show(person, contest, new Ranking(contest.rankable()), contest.rankable(), UUID.randomUUID().toString(), model);
        return "ballot";
    }

    /** One candidate one place up or down ({@code move} is {@code up:<id>} or {@code down:<id>}); nothing is cast. */
    @PostMapping(path = "/ballots/{id}", params = "move")
    String move(@AuthenticationPrincipal SignedIn person, @PathVariable String id, @RequestParam String move,
                @RequestParam(name = "order", required = false) List<String> order,
                @RequestParam(name = "ranked", required = false) List<String> ranked,
                @RequestParam(name = "key", required = false) String key, Model model) {
        Contest contest = contests.contest(person, id);
        boolean up = move.startsWith("up:");
        String candidate = move.substring(move.indexOf(':') + 1);
        Ranking ranking = Ranking.of(order, contest.rankable()).move(candidate, up);
        contest.candidate(candidate).filter(c -> !c.withdrawn()).ifPresent(c -> {
            model.addAttribute("moved", move);
            model.addAttribute("movedName", c.name());
            model.addAttribute("movedPlace", ranking.order().indexOf(candidate) + 1);
        });
        show(person, contest, ranking, ranked == null ? List.of() : ranked, key(key), model);
        return "ballot";
    }

    @PostMapping(path = "/ballots/{id}", params = "!move")
    String cast(@AuthenticationPrincipal SignedIn person, @PathVariable String id,
                @RequestParam(name = "order", required = false) List<String> order,
                @RequestParam(name = "ranked", required = false) List<String> ranked,
                @RequestParam(name = "key", required = false) String key,
                Model model, Locale locale, HttpServletResponse response) {
        Contest contest = contests.contest(person, id);
        Ranking ranking = Ranking.of(order, contest.rankable());
        List<String> ballot = ranking.ballot(ranked == null ? List.of() : ranked);
        try {
            Receipt receipt = contests.cast(person, id, ballot, key(key));
            // shown once: neither the browser nor a proxy keeps the page that carries the nonce
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("contest", contest);
            model.addAttribute("receipt", receipt);
            return "receipt";
        } catch (ApiRefusal refusal) {
            if (refusal.notThisMembersDelegate()) {
                throw refusal; // the 403 page: no ballot form for a member this person cannot act for
            }
            response.setStatus(refusal.status());
            model.addAttribute("refusal", refusals.explain(refusal, locale));
            model.addAttribute("refusalCode", refusal.code());
            // a refused ballot spent nothing; the corrected one goes under a new key
            show(person, contest, ranking, ranked == null ? List.of() : ranked, UUID.randomUUID().toString(), model);
            return "ballot";
        }
    }

    private void show(SignedIn person, Contest contest, Ranking ranking, List<String> ranked, String key, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("contest", contest);
        model.addAttribute("ranking", ranking);
        model.addAttribute("ranked", ranked);
        model.addAttribute("key", key);
        model.addAttribute("memberVoted", contests.memberVoted(person, contest.id()));
    }

    /** The form's idempotency key (a UUID made when the ballot was first shown), or a new one if it is not one. */
    private static String key(String sent) {
        try {
            return UUID.fromString(sent == null ? "" : sent).toString();
        } catch (IllegalArgumentException notAUuid) {
            return UUID.randomUUID().toString();
        }
    }
}
