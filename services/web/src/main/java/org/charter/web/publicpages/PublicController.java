package org.charter.web.publicpages;

import org.charter.web.api.GatewayApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What anyone may read without signing in: the Executive Committee now (the election API's
 * {@code GET /api/v1/executive-committee}, which needs no token) and the policies adopted
 * (the committee API's {@code GET /api/v1/policies}, likewise public), the roll calls of counted polls
 * and the certified election results. The app calls them without a token.
 */
@Controller
class PublicController {

    private final GatewayApi api;

    PublicController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/public")
    String index(Model model) {
        var committee = api.view("/api/v1/executive-committee", null);
        model.addAttribute("committee", committee);
        model.addAttribute("asOf", committee.get("asOf") == null ? null : java.time.Instant.parse(committee.get("asOf").toString()));
        model.addAttribute("policies", api.viewList("/api/v1/policies", null));
        return "public";
    }

    /** The polls counted, newest close first: each links to its roll call (committee {@code GET /api/v1/polls/roll-calls}). */
    @GetMapping("/public/roll-calls")
    String rollCalls(Model model) {
        model.addAttribute("rollCalls", api.viewList("/api/v1/polls/roll-calls", null));
        return "public-roll-calls";
    }

    /** A counted poll's roll call, for anyone; an open poll's is refused by the API (409) and the page says so. */
    @GetMapping("/public/roll-calls/{id}")
    String rollCall(@PathVariable String id, Model model) {
        model.addAttribute("pollId", id);
        model.addAttribute("publicPage", true);
        model.addAttribute("rollCall", api.view("/api/v1/polls/{id}/roll-call", null, id));
        return "roll-call";
    }

    /** The certified Executive Committee results (election {@code GET /api/v1/contests/certified}). */
    @GetMapping("/public/results")
    String results(Model model) {
        model.addAttribute("results", api.viewList("/api/v1/contests/certified", null));
        return "public-results";
    }
}
