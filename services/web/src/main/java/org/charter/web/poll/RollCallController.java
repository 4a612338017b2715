package org.charter.web.poll;

import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A counted poll's roll call (committee {@code GET /api/v1/polls/{id}/roll-call}): each member's counted answer, the absent. */
@Controller
class RollCallController {

    private final GatewayApi api;

    RollCallController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/polls/{id}/roll-call")
    String rollCall(@AuthenticationPrincipal SignedIn person, @PathVariable String id, Model model) {
        model.addAttribute("pollId", id);
        model.addAttribute("rollCall", api.view("/api/v1/polls/{id}/roll-call", person.token(), id));
        return "roll-call";
    }
}
