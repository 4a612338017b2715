package org.charter.web.motion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The motions (committee API): the list, one motion with its text, polls and versions, and two
 * versions side by side with their differences marked.
 */
@Controller
class MotionsController {

    private final GatewayApi api;

    MotionsController(GatewayApi api) {
        this.api = api;
    }

    @GetMapping("/motions")
    String motions(@AuthenticationPrincipal SignedIn person, Model model) {
        model.addAttribute("motions", api.viewList("/api/v1/motions?size=100", person.token()));
        return "motions";
    }

    @GetMapping("/motions/{id}")
    String motion(@AuthenticationPrincipal SignedIn person, @PathVariable String id, Model model) {
        model.addAttribute("motion", api.view("/api/v1/motions/{id}", person.token(), id));
        model.addAttribute("versions", api.viewList("/api/v1/motions/{id}/versions", person.token(), id));
        return "motion";
    }

    @GetMapping("/motions/{id}/diff")
    String diff(@AuthenticationPrincipal SignedIn person, @PathVariable String id,
                @RequestParam int from, @RequestParam int to, Model model) {
        JsonNode earlier = api.get("/api/v1/motions/{id}/versions/{n}", person.token(), id, from);
        JsonNode later = api.get("/api/v1/motions/{id}/versions/{n}", person.token(), id, to);
        List<SideBySide.Change> changes = new ArrayList<>();
        for (JsonNode c : api.get("/api/v1/motions/{id}/versions/{from}/diff/{to}", person.token(), id, from, to).path("changes")) {
            changes.add(new SideBySide.Change(c.path("fromLine").asInt(), c.path("toLine").asInt(), strings(c.path("removed")),
                    strings(c.path("added"))));
        }
        model.addAttribute("motion", api.view("/api/v1/motions/{id}", person.token(), id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("rows", SideBySide.rows(earlier.path("text").asText(), later.path("text").asText(), changes));
        return "diff";
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(s -> strings.add(s.asText()));
        return strings;
    }
}
