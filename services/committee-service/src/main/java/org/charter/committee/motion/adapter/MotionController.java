package org.charter.committee.motion.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.charter.committee.SecretariesAndAdmins;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.MotionStatus;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.ProposingMotions;
import org.charter.committee.motion.ProposingMotions.ProposeMotion;
import org.charter.committee.motion.RevisingMotions;
import org.charter.committee.motion.TextDiff;
import org.charter.committee.motion.TextVersion;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.RecordedEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/motions")
@Validated
@Tag(name = "Motions", description = "Motions put to the Governing Board, their text versions and their decision (DOMAIN 3, 4)")
class MotionController {

    private final ProposingMotions proposing;
    private final RevisingMotions revising;
    private final Motions motions;
    private final MotionDirectory directory;

    MotionController(ProposingMotions proposing, RevisingMotions revising, Motions motions, MotionDirectory directory) {
        this.proposing = proposing;
        this.revising = revising;
        this.motions = motions;
        this.directory = directory;
    }

    @PostMapping
    @SecretariesAndAdmins
    @Operation(summary = "Propose a motion", description = "Text version 1. Kinds decided by vote may be polled at once;"
            + " POLICY_ADOPTION and PROCEDURE_AMENDMENT go through consensus rounds first. committee: GOVERNING_BOARD, or"
            + " EXECUTIVE_COMMITTEE for its review of BUDGET_ADOPTION, BUDGET_AMENDMENT, FEE_SCHEDULE (voted by its seat"
            + " holders at MAJORITY_CAST).")
    ResponseEntity<MotionView> propose(@Valid @RequestBody MotionRequests.Propose body, CommandContext context) {
        var proposed = proposing.propose(new ProposeMotion(body.title(), body.text(), body.kind(), body.committee(),
                body.subject() == null ? null : body.subject().toSubject()), context);
        return ResponseEntity.created(URI.create("/api/v1/motions/" + proposed.state().id())).body(MotionView.of(proposed.state()));
    }

    @GetMapping
    @Operation(summary = "List motions, newest first, optionally by status and kind")
    MotionDirectory.PageView<MotionDirectory.MotionSummary> list(@RequestParam(required = false) MotionStatus status,
                                                                @RequestParam(required = false) MotionKind kind,
                                                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return directory.page(status, kind, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A motion: current text, status, next step, polls")
    MotionView get(@PathVariable String id) {
        return MotionView.of(motions.get(MotionId.of(id)));
    }

    @PostMapping("/{id}/revisions")
    @SecretariesAndAdmins
    @Operation(summary = "Publish a revised text version", description = "Refused (409 WRONG_STEP) while a poll is pending,"
            + " after the third failed round and once the motion is decided.")
    ResponseEntity<MotionView> revise(@PathVariable String id, @Valid @RequestBody MotionRequests.Revise body,
                                      CommandContext context) {
        Motion revised = revising.revise(MotionId.of(id), body.title(), body.text(), body.note(), context).state();
        return ResponseEntity.created(URI.create("/api/v1/motions/" + id + "/versions/" + revised.currentText().number()))
                .body(MotionView.of(revised));
    }

    @PostMapping("/{id}/withdrawal")
    @SecretariesAndAdmins
    @Operation(summary = "Withdraw the motion (its proposer only, between polls)")
    MotionView withdraw(@PathVariable String id, @Valid @RequestBody(required = false) MotionRequests.Withdraw body,
                        CommandContext context) {
        return MotionView.of(revising.withdraw(MotionId.of(id), body == null ? null : body.reason(), context).state());
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every text version, 1 first")
    List<TextVersion> versions(@PathVariable String id) {
        return motions.get(MotionId.of(id)).versions();
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One text version")
    TextVersion version(@PathVariable String id, @PathVariable int number) {
        return textOf(motions.get(MotionId.of(id)), number);
    }

    @GetMapping("/{id}/versions/{from}/diff/{to}")
    @Operation(summary = "The line differences between two text versions", description = "Each change: INSERT, DELETE or"
            + " CHANGE, where it starts in either version (lines from 1), the lines removed and added.")
    TextDiff diff(@PathVariable String id, @PathVariable int from, @PathVariable int to) {
        Motion motion = motions.get(MotionId.of(id));
        return TextDiff.between(textOf(motion, from), textOf(motion, to));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event recorded on the motion's stream (polls included), in order, with who recorded it")
    List<HistoryEntry> history(@PathVariable String id) {
        return motions.history(MotionId.of(id)).stream().map(HistoryEntry::of).toList();
    }

    private static TextVersion textOf(Motion motion, int number) {
        return motion.text(number).orElseThrow(() -> new NotFound("TEXT_VERSION_NOT_FOUND", "motion " + motion.id()
                + " has text versions 1 to " + motion.currentText().number() + ", not " + number));
    }

    /** One recorded event with its envelope. */
    record HistoryEntry(long sequence, String id, String type, Instant time, Actor actor, String correlationId,
                        DomainEvent data) {
        static HistoryEntry of(RecordedEvent event) {
            return new HistoryEntry(event.sequence(), event.id().toString(), event.type(), event.time(), event.actor(),
                    event.correlationId(), event.data());
        }
    }
}
