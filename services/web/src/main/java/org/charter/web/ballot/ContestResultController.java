package org.charter.web.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The contests: those open (with their turnout) and those counted, and one contest's result: the
 * elected, the quota and the count stage by stage (a table with bars drawn on the server), its
 * Merkle root, and a look-up of a receipt in the published ballots.
 */
@Controller
class ContestResultController {

    private final Contests contests;

    ContestResultController(Contests contests) {
        this.contests = contests;
    }

    @GetMapping("/contests")
    String list(@AuthenticationPrincipal SignedIn person, Model model) {
        model.addAttribute("open", contests.open(person));
        model.addAttribute("counted", contests.counted(person));
        return "contests";
    }

    @GetMapping("/contests/{id}")
    String contest(@AuthenticationPrincipal SignedIn person, @PathVariable String id,
                   @RequestParam(name = "receipt", required = false) String receipt, Model model) {
        Contest contest = contests.contest(person, id);
        model.addAttribute("contest", contest);
        if (contest.isOpen()) {
            model.addAttribute("voted", contests.voted(person, id));
        }
        if (contest.isCounted()) {
            model.addAttribute("count", contests.count(person, id));
            if (receipt != null && !receipt.isBlank()) {
                Optional<JsonNode> proof = contests.proof(person, id, receipt.strip().toLowerCase(java.util.Locale.ROOT));
                model.addAttribute("receipt", receipt.strip());
                model.addAttribute("included", proof.isPresent());
                proof.ifPresent(p -> {
                    model.addAttribute("proofIndex", p.path("leafIndex").asInt() + 1);
                    model.addAttribute("proofSize", p.path("treeSize").asInt());
                });
            }
        }
        return "contest";
    }

    /** The published contest as the election API gives it, to save and check with {@code charter-verify}. */
    @GetMapping(path = "/contests/{id}/published.json", produces = "application/json")
    @ResponseBody
    JsonNode published(@AuthenticationPrincipal SignedIn person, @PathVariable String id) {
        return contests.published(person, id);
    }
}
