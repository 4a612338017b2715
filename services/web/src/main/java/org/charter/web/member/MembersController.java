package org.charter.web.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The members and their standing now (membership's {@code GET /api/v1/members}), for a secretary. */
@Controller
class MembersController {

    private final GatewayApi api;

    MembersController(GatewayApi api) {
        this.api = api;
    }

    /** A member in the list: status, tier and whether it has voting rights now. */
    record Member(String id, String name, String kind, String tier, String status, boolean votingRights) {
    }

    @GetMapping("/members")
    String members(@AuthenticationPrincipal SignedIn person, Model model) {
        List<Member> members = new ArrayList<>();
        for (JsonNode m : api.get("/api/v1/members?size=200", person.token()).path("content")) {
            members.add(new Member(m.path("id").asText(), m.path("name").asText(), m.path("kind").asText(),
                    m.path("tier").asText(), m.path("status").asText(), m.path("votingRights").asBoolean()));
        }
        model.addAttribute("members", members);
        return "members";
    }
}
