package org.charter.audit.replay.adapter;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.charter.audit.replay.History;
import org.charter.audit.replay.Replaying;
import org.charter.audit.replay.Timeline;
import org.charter.platform.error.InvalidRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Replay as of an instant, read-only and for auditors only. */
@RestController
@RequestMapping("/api/v1/replay")
@PreAuthorize("hasRole('AUDITOR')")
class ReplayController {

    private final Replaying replaying;
    private final History ledger;
    private final History topics;
    private final Clock clock;

    ReplayController(Replaying replaying, LedgerHistory ledger, TopicHistory topics, Clock clock) {
        this.replaying = replaying;
        this.ledger = ledger;
        this.topics = topics;
        this.clock = clock;
    }

    @GetMapping("/{kind}/{id}")
    @Operation(summary = "Rebuild a member, committee, motion, poll, budget, election, meeting, the Executive Committee's seats or a collaborative as it was at an instant",
            description = "The events of the aggregate's stream recorded at or before asOf (their CloudEvents time), "
                    + "replayed by its own service's domain code. kind: member (id CA), committee (GOVERNING_BOARD), "
                    + "motion (m-3kq9x0a7ve), poll (m-3kq9x0a7ve-1), budget (a fiscal year: FY2027), election (EC-FY2028). "
                    + "source: ledger (default) or topics (the Kafka topic read from offset zero). by: recorded (default: "
                    + "the events recorded by asOf, what the service held then) or effective (every event recorded so "
                    + "far whose effective date is at or before asOf, what the rules say it was then; events without "
                    + "an effective date count from their recorded time). 404 NOTHING_RECORDED when nothing of it counts "
                    + "by then; 400 REPLAY_BY_INVALID for another by.")
    Map<String, Object> replay(@PathVariable String kind, @PathVariable String id,
                               @Parameter(description = "the instant (default: now), e.g. 2026-03-01T00:00:00Z")
                               @RequestParam(required = false) Instant asOf,
                               @Parameter(description = "ledger (default) or topics")
                               @RequestParam(defaultValue = "ledger") String source,
                               @Parameter(description = "recorded (default) or effective")
                               @RequestParam(defaultValue = "recorded") String by) {
        Timeline timeline = Timeline.named(by);
        History history = switch (source) {
            case "ledger" -> ledger;
            case "topics" -> topics;
            default -> throw new InvalidRequest("REPLAY_SOURCE_INVALID", "source must be ledger or topics, was: " + source);
        };
        Instant at = asOf == null ? clock.instant() : asOf;
        return StateJson.view(replaying.replay(kind, id, at, timeline, history), source);
    }
}
