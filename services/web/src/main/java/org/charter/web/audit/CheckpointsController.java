package org.charter.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayApi;
import org.charter.web.signin.SignedIn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The ledger's checkpoints (audit API {@code GET /api/v1/ledger/checkpoints}): each block's positions,
 * RFC 6962 Merkle root, last hash and the Kafka offsets it covers, each to download as JSON and
 * re-check with the audit CLI and the auditor's guide's scripts, and its entries to export.
 */
@Controller
class CheckpointsController {

    static final String CHECKPOINTS = "/api/v1/ledger/checkpoints";

    private final GatewayApi api;
    private final ObjectMapper json;

    CheckpointsController(GatewayApi api, ObjectMapper json) {
        this.api = api;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @GetMapping("/audit/checkpoints")
    String checkpoints(@AuthenticationPrincipal SignedIn person, HttpServletRequest request, Model model) {
        Auditors.require(request);
        model.addAttribute("checkpoints", api.viewList(CHECKPOINTS, person.token()));
        return "checkpoints";
    }

    /**
     * One checkpoint as the audit API gives it, to save ({@code checkpoint-N.json}). The API lists
     * them all (a few hundred bytes each, one per {@code charter.audit.checkpoint-every} entries),
     * so the one asked for is picked from the list.
     */
    @GetMapping("/audit/checkpoints/{number}.json")
    ResponseEntity<String> checkpoint(@AuthenticationPrincipal SignedIn person, @PathVariable long number,
                                      HttpServletRequest request) throws Exception {
        Auditors.require(request);
        for (JsonNode checkpoint : api.get(CHECKPOINTS, person.token())) {
            if (checkpoint.path("number").asLong() == number) {
                return ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("checkpoint-" + number + ".json").build().toString())
                        .body(json.writeValueAsString(checkpoint) + "\n");
            }
        }
        throw new ApiRefusal(404, "CHECKPOINT_NOT_FOUND", String.valueOf(number));
    }
}
