package org.charter.web.committee;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.charter.web.refusal.RefusalMessages;
import org.charter.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bodies of the consortium and their meetings (the committee API's committees and meetings):
 * every body with its seats and chair, one body with its roster and meetings, and a meeting with
 * its agenda, attendance, quorum from attendance and minutes, where the secretary records who is
 * present by a form that works with and without script.
 */
@Controller
class CommitteesController {

    /** A form field {@code presence.CA=PRESENT_ONLINE}: the seat CA's presence as the secretary marked it. */
    private static final String PRESENCE = "presence.";

    private final GatewayApi api;
    private final RefusalMessages refusals;

    CommitteesController(GatewayApi api, RefusalMessages refusals) {
        this.api = api;
        this.refusals = refusals;
    }

    @GetMapping("/committees")
    String committees(@AuthenticationPrincipal SignedIn person, Model model) {
        List<Map<String, Object>> rosters = new ArrayList<>();
        for (Map<String, Object> body : api.viewList("/api/v1/committees", person.token())) {
            rosters.add(api.view("/api/v1/committees/{id}", person.token(), body.get("id")));
        }
        model.addAttribute("committees", rosters);
        return "committees";
    }

    @GetMapping("/committees/{id}")
    String committee(@AuthenticationPrincipal SignedIn person, @PathVariable String id, Model model) {
        model.addAttribute("committee", api.view("/api/v1/committees/{id}", person.token(), id));
        model.addAttribute("meetings", api.viewList("/api/v1/committees/{id}/meetings?size=50", person.token(), id));
        return "committee";
    }

    @GetMapping("/committees/{id}/meetings/{meeting}")
    String meeting(@AuthenticationPrincipal SignedIn person, @PathVariable String id, @PathVariable String meeting, Model model) {
        show(person, id, meeting, model);
        return "meeting";
    }

    @PostMapping("/committees/{id}/meetings/{meeting}/attendance")
    String recordAttendance(@AuthenticationPrincipal SignedIn person, @PathVariable String id, @PathVariable String meeting,
                            @RequestParam Map<String, String> form, Model model, Locale locale,
                            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> submitted = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(PRESENCE)) {
                submitted.put(field.substring(PRESENCE.length()), value);
            }
        });
        show(person, id, meeting, model);
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> now = (Map<String, String>) model.getAttribute("presences");
            List<Map<String, String>> changes = Attendance.changes(now, submitted);
            if (changes.isEmpty()) {
                throw new ApiRefusal(422, "ATTENDANCE_UNCHANGED", "");
            }
            var recorded = api.postOnce("/api/v1/committees/{id}/meetings/{meeting}/attendance", person.token(),
                    UUID.randomUUID().toString(), Map.of("attendance", changes), id, meeting);
            var session = recorded.path("session");
            redirect.addFlashAttribute("recorded", List.of(changes.size(), session.path("present").asInt(),
                    session.path("seats").asInt(), session.path("quorum").asInt()));
            return "redirect:/committees/{id}/meetings/{meeting}";
        } catch (ApiRefusal refusal) {
            response.setStatus(refusal.status());
            model.addAttribute("refusal", refusals.explain(refusal, locale));
            @SuppressWarnings("unchecked")
            Map<String, String> marked = new LinkedHashMap<>((Map<String, String>) model.getAttribute("marked"));
            submitted.forEach((seat, presence) -> {
                if (marked.containsKey(seat)) {
                    marked.put(seat, presence);
                }
            });
            model.addAttribute("marked", marked);
            return "meeting";
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> show(SignedIn person, String id, String meeting, Model model) {
        Map<String, Object> shown = api.view("/api/v1/committees/{id}/meetings/{meeting}", person.token(), id, meeting);
        List<String> seats = (List<String>) shown.getOrDefault("seats", List.of());
        List<Map<String, Object>> attendance = (List<Map<String, Object>>) shown.getOrDefault("attendance", List.of());
        model.addAttribute("committeeId", id);
        model.addAttribute("meeting", shown);
        Map<String, String> presences = Attendance.now(seats == null ? List.of() : seats,
                attendance == null ? List.of() : attendance);
        model.addAttribute("presences", presences);
        model.addAttribute("marked", presences);
        model.addAttribute("offered", Attendance.offered((String) shown.get("format")));
        model.addAttribute("takesAttendance", "IN_SESSION".equals(shown.get("status"))
                || ("ADJOURNED".equals(shown.get("status")) && shown.get("approval") == null));
        return shown;
    }
}
