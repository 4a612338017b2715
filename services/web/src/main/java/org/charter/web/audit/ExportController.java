package org.charter.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.charter.web.api.ApiRefusal;
import org.charter.web.api.GatewayStreams;
import org.charter.web.refusal.RefusalMessages;
import org.charter.web.signin.SignedIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ledger's export (audit API {@code GET /api/v1/ledger/export}): a form for a time range, an
 * aggregate's history or a range of positions; its first lines as a preview (htmx swaps them in,
 * the same page without script); and the download, the audit service's JSON Lines passed on to the
 * browser as they arrive, with the auditor's token, never whole in memory.
 */
@Controller
class ExportController {

    static final String EXPORT = "/api/v1/ledger/export";
    static final String JSON_LINES = "application/jsonl";
    static final int PREVIEW_LINES = 5;

    private final GatewayStreams streams;
    private final ObjectMapper json;
    private final RefusalMessages refusals;
    private final ZoneId zone;

    ExportController(GatewayStreams streams, ObjectMapper json, RefusalMessages refusals,
                     @Value("${charter.web.time-zone:UTC}") ZoneId zone) {
        this.streams = streams;
        this.json = json;
        this.refusals = refusals;
        this.zone = zone;
    }

    /** One line of the preview: what an auditor recognises an entry by. */
    record Line(long position, Instant time, String type, String subject, String hash) {
    }

    /** A selection the form cannot send: the form is shown again with what to fix. */
    static final class InvalidExport extends RuntimeException {
        private final ExportSelection.Form form;
        private final ExportSelection selection;

        InvalidExport(ExportSelection.Form form, ExportSelection selection) {
            super("invalid export selection", null, false, false);
            this.form = form;
            this.selection = selection;
        }
    }

    /** The form; with {@code preview} (the preview button, or htmx's request for it) also the selection's first lines. */
    @GetMapping("/audit/export")
    String form(@AuthenticationPrincipal SignedIn person, ExportSelection.Form form,
                @RequestParam(name = "preview", required = false) String preview, Model model, Locale locale,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        Auditors.require(request);
        page(model, form);
        if (preview == null) {
            return "export";
        }
        ExportSelection selection = ExportSelection.of(form, zone);
        if (!selection.valid()) {
            problems(model, selection);
            response.setStatus(422);
            return "export";
        }
        model.addAttribute("selection", selection);
        model.addAttribute("download", download(form));
        try (GatewayStreams.Streamed answer = streams.get(EXPORT, selection.query(), person.token(), JSON_LINES)) {
            List<Line> lines = firstLines(answer, PREVIEW_LINES + 1);
            model.addAttribute("lines", lines.subList(0, Math.min(PREVIEW_LINES, lines.size())));
            model.addAttribute("more", lines.size() > PREVIEW_LINES);
        } catch (ApiRefusal refusal) {
            if (refusal.status() == 401) {
                throw refusal; // the session ends, as on every page
            }
            model.addAttribute("refusal", refusals.explain(refusal, locale));
            model.addAttribute("refusalCode", refusal.code());
            // htmx swaps only what the layout lets it (2xx, 409, 422): the sentence must reach the page
            response.setStatus(request.getHeader("HX-Request") == null ? refusal.status() : 200);
        }
        return "export";
    }

    /**
     * The download: the audit API is asked first, so that its refusal is the app's error page; once it
     * answers, its lines are copied to the browser as they come ({@code Content-Disposition: attachment}),
     * a buffer at a time. A browser that goes away closes the API's answer, which stops the export there.
     */
    @GetMapping("/audit/export/ledger.jsonl")
    void download(@AuthenticationPrincipal SignedIn person, ExportSelection.Form form, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        Auditors.require(request);
        ExportSelection selection = ExportSelection.of(form, zone);
        if (!selection.valid()) {
            throw new InvalidExport(form, selection);
        }
        try (GatewayStreams.Streamed answer = streams.get(EXPORT, selection.query(), person.token(), JSON_LINES)) {
            response.setContentType(JSON_LINES);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(selection.fileName()).build().toString());
            answer.body().transferTo(response.getOutputStream());
        }
    }

    @ExceptionHandler(InvalidExport.class)
    String invalid(InvalidExport invalid, Model model, HttpServletResponse response) {
        page(model, invalid.form);
        problems(model, invalid.selection);
        response.setStatus(422);
        return "export";
    }

    private void page(Model model, ExportSelection.Form form) {
        model.addAttribute("form", form);
        model.addAttribute("zone", zone.getId());
    }

    /** The download of the same selection, as the form would send it. */
    static String download(ExportSelection.Form form) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit/export/ledger.jsonl");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("selection", form.selection());
        fields.put("from", form.from());
        fields.put("to", form.to());
        fields.put("subject", form.subject());
        fields.put("fromPosition", form.fromPosition());
        fields.put("toPosition", form.toPosition());
        fields.values().removeIf(value -> value == null || value.isBlank());
        fields.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.encode().buildAndExpand(fields).toUriString();
    }

    private static void problems(Model model, ExportSelection selection) {
        model.addAttribute("problems", selection.problems());
        model.addAttribute("invalid", selection.problems().stream()
                .collect(Collectors.toMap(ExportSelection.Problem::field, p -> p, (first, later) -> first)));
    }

    private List<Line> firstLines(GatewayStreams.Streamed answer, int most) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8));
        String text;
        while (lines.size() < most && (text = reader.readLine()) != null) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode line = json.readTree(text);
            lines.add(new Line(line.path("position").asLong(), line.hasNonNull("time") ? Instant.parse(line.get("time").asText()) : null,
                    line.path("type").asText(""), line.path("subject").asText(""), line.path("hash").asText("")));
        }
        return lines;
    }
}
