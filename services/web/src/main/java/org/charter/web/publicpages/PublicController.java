package org.charter.web.publicpages;

import org.charter.web.api.GatewayApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What anyone may read without signing in: the Executive Committee now (the election API's
 * {@code GET /api/v1/executive-committee}, which needs no token) and the policies adopted
 * (the committee API's {@code GET /api/v1/policies}, likewise public). The app calls them without a token.
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
}
