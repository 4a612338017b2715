package org.charter.workflow.process.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.charter.platform.event.CommandContext;
import org.charter.platform.problem.Problems;
import org.charter.workflow.call.ServiceUnavailable;
import org.charter.workflow.milestone.RecordingMilestones;
import org.charter.workflow.process.PeriodOverrides;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes")
@Tag(name = "Processes", description = "The governing procedures as BPMN processes: start, list, follow (DESIGN 6, DOMAIN 3-6)")
class ProcessController {

    private final StartingProcesses starting;
    private final FollowingProcesses following;
    private final RecordingMilestones milestones;

    ProcessController(StartingProcesses starting, FollowingProcesses following, RecordingMilestones milestones) {
        this.starting = starting;
        this.following = following;
        this.milestones = milestones;
    }

    @PostMapping("/{process}")
    @PreAuthorize("hasAnyRole('SECRETARY','ADMIN')")
    @Operation(summary = "Start a process", description = "policy-approval: {\"motion\",\"periods\"} (docs/workflows/"
            + "policy-approval.md); budget-approval: {\"budget\",\"periods\",\"deadlines\"} for a proposal in"
            + " DRAFT (prepared in the process first) or EC_REVIEW (docs/workflows/budget-approval.md);"
            + " ec-election: {\"fiscalYear\",\"suffix\",\"ballotOpensAt\",\"contests\",\"periods\"} (docs/workflows/ec-election.md)."
            + " 404 PROCESS_UNKNOWN for another name; 409 PROCESS_ALREADY_RUNNING when the motion, budget or election has one"
            + " running (the detail names it); 400 VALIDATION_FAILED, INVALID_PERIOD or UNKNOWN_PERIOD naming the field;"
            + " the process's own refusals (422 MOTION_NOT_FOUND, WRONG_MOTION_KIND, BUDGET_NOT_FOUND, 409 WRONG_STEP,"
            + " 409 ELECTION_UNDER_WAY for a called election past its slate that no process follows, the election service's"
            + " INVALID_PERIODS, ...). ec-election adopts an election the service called already while it still takes"
            + " nominations (\"adopted\": true, not called again);"
            + " 503 <SERVICE>_UNAVAILABLE when the service it asks first cannot be reached (nothing was started, try again).")
    ResponseEntity<Map<String, Object>> start(@Parameter(example = "policy-approval") @PathVariable String process,
                                              @RequestBody JsonNode body, CommandContext context,
                                              HttpServletRequest request) {
        var started = starting.start(process, body, new ServletServerHttpRequest(request), context);
        return ResponseEntity.created(URI.create("/api/v1/processes/" + started.get("processInstanceId"))).body(started);
    }

    /** A start asks a service first; when it cannot be reached nothing starts, and the caller may try again. */
    @ExceptionHandler(ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> serviceUnavailable(ServiceUnavailable unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, unavailable.service().toUpperCase() + "_UNAVAILABLE",
                        "the " + unavailable.service() + " service could not confirm the start (" + unavailable.getMessage()
                                + "); nothing was started, try again later"));
    }

    @GetMapping
    @Operation(summary = "Processes, newest first", description = "Filtered by process (policy-approval, budget-approval,"
            + " ec-election, ec-contest),"
            + " business key (the motion or budget proposal id) and state (ACTIVE, COMPLETED, ...); at most size (20, up to 100).")
    List<ProcessViews.ProcessSummary> list(@RequestParam(required = false) String process,
                                           @RequestParam(required = false) String key,
                                           @RequestParam(required = false) String state,
                                           @RequestParam(defaultValue = "20") int size) {
        return following.list(process, key, state, size);
    }

    @GetMapping("/{process}/periods")
    @Operation(summary = "The periods a start of the process may override, at their defaults",
            description = "By the names the start's \"periods\" takes, in the order the process documents them, each an"
                    + " ISO-8601 duration (whole days as P45D): what a start leaves out. budget-approval's notice is 30 days"
                    + " instead for a fee schedule (the start reads the proposal's motion kind). 404 PROCESS_UNKNOWN for"
                    + " another name.")
    ProcessViews.StartPeriods periods(@Parameter(example = "ec-election") @PathVariable String process) {
        var startable = starting.startable(process);
        return new ProcessViews.StartPeriods(startable.key(), PeriodOverrides.writtenTexts(startable.defaultPeriods()));
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
