package org.charter.web.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An auditor's pages (the audit API, read-only): the ledger's verification with its first broken
 * entry, the re-tally of every closed poll with its discrepancies, and the replay of an aggregate's
 * stream as of an instant.
 */
@Controller
class AuditController {

    /** What the audit API replays (its {@code kind}s). */
    static final List<String> KINDS = List.of("member", "committee", "motion", "poll", "budget", "election", "meeting", "seats",
            "collaborative");

    private final GatewayApi api;
    private final ObjectMapper json;
    private final ZoneId zone;

    AuditController(GatewayApi api, ObjectMapper json, @Value("${charter.web.time-zone:UTC}") ZoneId zone) {
        this.api = api;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.zone = zone;
    }

    @GetMapping("/audit")
    String verification(@AuthenticationPrincipal SignedIn person, Model model) {
        model.addAttribute("verification", api.view("/api/v1/ledger/verification", person.token()));
        return "audit";
    }

    @GetMapping("/audit/retally")
    String retally(@AuthenticationPrincipal SignedIn person, Model model) {
        model.addAttribute("retally", api.view("/api/v1/retally", person.token()));
        return "retally";
    }

    /**
     * The replay form and, once a kind, an id and an instant are given, the aggregate as it was then.
     * The instant is read in the app's time zone ({@code charter.web.time-zone}), as the form says.
     */
    @GetMapping("/audit/replay")
    String replay(@AuthenticationPrincipal SignedIn person, @RequestParam(name = "kind", required = false) String kind,
                  @RequestParam(name = "id", required = false) String id,
                  @RequestParam(name = "asOf", required = false) String asOf, HttpServletRequest request,
                  Model model) throws Exception {
        Auditors.require(request);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("asOf", asOf);
        model.addAttribute("zone", zone.getId());
        if (kind != null && id != null && !id.isBlank()) {
            Instant at = instant(asOf);
            model.addAttribute("at", at);
            model.addAttribute("state", json.writeValueAsString(
                    api.get("/api/v1/replay/{kind}/{id}?asOf={at}", person.token(), kind, id.strip(), at.toString())));
        }
        return "replay";
    }

    private Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(asOf).atZone(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            throw new ApiRefusal(400, "AS_OF_INVALID", asOf);
        }
    }
}
