package org.charter.audit.ledger.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.conversions.Bson;
import org.charter.audit.ledger.Checkpoint;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.LedgerVerifier;
import org.charter.audit.ledger.Problem;
import org.charter.audit.ledger.Verification;
import org.charter.platform.error.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The ledger, read-only and for auditors only: verification, the cross-check with the topics, export. */
@RestController
@RequestMapping("/api/v1/ledger")
@PreAuthorize("hasRole('AUDITOR')")
class LedgerController {

    static final String JSON_LINES = "application/jsonl";

    private final LedgerVerifier verifier;
    private final TopicCrossCheck crossCheck;
    private final MongoLedgerStore store;
    private final ObjectMapper json;

    LedgerController(LedgerVerifier verifier, TopicCrossCheck crossCheck, MongoLedgerStore store, ObjectMapper json) {
        this.verifier = verifier;
        this.crossCheck = crossCheck;
        this.store = store;
        this.json = json;
    }

    /** What verification found; {@code firstBroken} is null on an intact ledger. */
    record VerificationView(boolean ok, long entries, BrokenView firstBroken) {
        static VerificationView of(Verification v) {
            Verification.Broken b = v.firstBroken();
            return new VerificationView(v.ok(), v.entries(),
                    b == null ? null : new BrokenView(b.position(), b.eventId(), b.problem(), b.detail()));
        }
    }

    record BrokenView(long position, UUID eventId, Problem problem, String detail) {
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the hash chain and the checkpoints; name the first broken entry",
            description = "firstBroken is null when the ledger is intact, else its position, event id (null when the "
                    + "entry is missing) and problem: ALTERED, MISSING, INSERTED or REORDERED.")
    VerificationView verification() {
        return VerificationView.of(verifier.verify());
    }

    @GetMapping("/cross-check")
    @Operation(summary = "Compare the ledger with the event topics read from offset zero",
            description = "Every event on the topics must be in the ledger with the same bytes, every entry a record "
                    + "of its topic. Lists the first 100 differences of each kind; the counts are complete. Run it "
                    + "when the ingest has caught up: events not yet ingested count as NOT_IN_LEDGER.")
    TopicCrossCheck.Report crossCheck() {
        return crossCheck.run();
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Every checkpoint: positions covered, RFC 6962 Merkle root, last hash, Kafka offsets")
    List<Checkpoint> checkpoints() {
        return store.checkpoints();
    }

    @GetMapping(value = "/export", produces = {JSON_LINES, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Export entries as JSON Lines with their hashes",
            description = "Choose one selection: a time range of the events' own time (from, to: instants, from "
                    + "inclusive, to exclusive), an aggregate's history (subject), or a range of positions "
                    + "(fromPosition, toPosition, both inclusive; the only selection whose chain links are all "
                    + "inside the export). One entry per line, in position order.")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "events at or after this instant") @RequestParam(required = false) Instant from,
            @Parameter(description = "events before this instant") @RequestParam(required = false) Instant to,
            @Parameter(description = "the aggregate id (CloudEvents subject)") @RequestParam(required = false) String subject,
            @RequestParam(required = false) Long fromPosition,
            @RequestParam(required = false) Long toPosition) {
        Bson filter = selection(from, to, subject, fromPosition, toPosition);
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (Stream<LedgerEntry> entries = store.stream(filter)) {
                for (LedgerEntry e : (Iterable<LedgerEntry>) entries::iterator) {
                    writer.write(json.writeValueAsString(ExportLines.line(e)));
                    writer.write('\n');
                }
            }
            writer.flush();
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JSON_LINES)).body(body);
    }

    private static Bson selection(Instant from, Instant to, String subject, Long fromPosition, Long toPosition) {
        boolean byTime = from != null || to != null;
        boolean bySubject = subject != null;
        boolean byPosition = fromPosition != null || toPosition != null;
        int chosen = (byTime ? 1 : 0) + (bySubject ? 1 : 0) + (byPosition ? 1 : 0);
        if (chosen != 1) {
            throw new InvalidRequest("EXPORT_SELECTION_INVALID", "choose exactly one selection: from and to (instants), "
                    + "subject (an aggregate id), or fromPosition and toPosition");
        }
        if (byTime) {
            if (from == null || to == null || !from.isBefore(to)) {
                throw new InvalidRequest("EXPORT_SELECTION_INVALID", "a time range needs both from and to, from before to");
            }
            return Filters.and(Filters.gte("time", java.util.Date.from(from)), Filters.lt("time", java.util.Date.from(to)));
        }
        if (bySubject) {
            if (subject.isBlank() || subject.length() > 200) {
                throw new InvalidRequest("EXPORT_SELECTION_INVALID", "subject must be an aggregate id of 1 to 200 characters");
            }
            return Filters.eq("subject", subject);
        }
        if (fromPosition == null || toPosition == null || fromPosition < 1 || fromPosition > toPosition) {
            throw new InvalidRequest("EXPORT_SELECTION_INVALID",
                    "a range of positions needs fromPosition and toPosition, 1 <= fromPosition <= toPosition");
        }
        return Filters.and(Filters.gte("_id", fromPosition), Filters.lte("_id", toPosition));
    }
}
