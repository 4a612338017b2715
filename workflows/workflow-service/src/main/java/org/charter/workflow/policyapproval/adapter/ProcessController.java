package org.charter.workflow.policyapproval.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.charter.platform.event.CommandContext;
import org.charter.platform.problem.Problems;
import org.charter.workflow.committee.CommitteeUnavailable;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.policyapproval.Periods;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes")
@Tag(name = "Processes", description = "The governing procedures as BPMN processes: start, follow (DESIGN 6, DOMAIN 3-4)")
class ProcessController {

    private final StartingApprovals starting;
    private final FollowingProcesses following;
    private final RecordingMilestones milestones;

    ProcessController(StartingApprovals starting, FollowingProcesses following, RecordingMilestones milestones) {
        this.starting = starting;
        this.following = following;
        this.milestones = milestones;
    }

    @PostMapping("/policy-approval")
    @PreAuthorize("hasAnyRole('SECRETARY','ADMIN')")
    @Operation(summary = "Start the approval of a policy motion", description = "Notice, consensus rounds with revisions,"
            + " then a formal vote (docs/workflows/policy-approval.md). 409 PROCESS_ALREADY_RUNNING when the motion"
            + " has one; 400 INVALID_PERIOD or UNKNOWN_PERIOD naming the period. The committee service is asked first:"
            + " 422 MOTION_NOT_FOUND, 422 WRONG_MOTION_KIND (not a policy), 409 WRONG_STEP (not open before its first"
            + " round), 503 COMMITTEE_UNAVAILABLE (it cannot be reached; nothing was started, try again).")
    ResponseEntity<ProcessViews.Started> startPolicyApproval(@Valid @RequestBody ProcessRequests.StartPolicyApproval body,
                                                             CommandContext context) {
        var started = starting.start(body.motion(), Periods.defaultsWith(body.periods()), context);
        return ResponseEntity.created(URI.create("/api/v1/processes/" + started.processInstanceId())).body(started);
    }

    /** The start asks the committee first; when it cannot be reached nothing starts, and the caller may try again. */
    @ExceptionHandler(CommitteeUnavailable.class)
    ResponseEntity<ProblemDetail> committeeUnavailable(CommitteeUnavailable unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "COMMITTEE_UNAVAILABLE", "the committee service could not"
                        + " confirm the motion (" + unavailable.getMessage() + "); nothing was started, try again later"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A process: where it waits, its open tasks, its progress, its incidents")
    ProcessViews.ProcessView get(@PathVariable String id) {
        return following.view(id);
    }

    @GetMapping("/{id}/milestones")
    @Operation(summary = "The milestones the process published, in order, with who acted")
    List<ProcessViews.MilestoneView> milestones(@PathVariable String id) {
        return milestones.history(id).stream().map(e -> new ProcessViews.MilestoneView(e.sequence(), e.type(), e.time(),
                e.actor().subject(), e.data())).toList();
    }
}
