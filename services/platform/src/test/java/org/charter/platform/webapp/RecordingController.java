package org.charter.platform.webapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Map;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;
import org.charter.platform.security.Delegation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Does nothing but record that it ran and echo what the platform handed it. */
@RestController
@RequestMapping("/api/v1")
class RecordingController {

    enum Kind { GOVERNING, AFFILIATE }

    record NewThing(@NotBlank String name, @NotNull @Min(1) Integer seats, Kind kind) {
    }

    record Vote(@NotBlank String choice) {
    }

    private final Calls calls;

    RecordingController(Calls calls) {
        this.calls = calls;
    }

    @PostMapping("/things")
    @PreAuthorize("hasAnyRole('SECRETARY','ADMIN')")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewThing thing, CommandContext context) {
        calls.record("create");
        int number = calls.executed().size();
        return ResponseEntity.created(URI.create("/api/v1/things/" + number))
                .body(Map.of("number", number, "name", thing.name(), "by", context.actor().subject()));
    }

    @PutMapping("/things/{id}")
    @PreAuthorize("hasAnyRole('SECRETARY','ADMIN')")
    Map<String, Object> rename(@PathVariable String id, @Valid @RequestBody NewThing thing) {
        calls.record("rename");
        throw new Conflict("THING_CHANGED", "Thing " + id + " was changed meanwhile.", 7);
    }

    /** Clashes with a concurrent change the first time it is called, then succeeds. */
    @PostMapping("/things/{id}/renewal")
    @PreAuthorize("hasAnyRole('SECRETARY','ADMIN')")
    Map<String, Object> renew(@PathVariable String id) {
        calls.record("renew");
        if (calls.count("renew") == 1) {
            throw Conflict.momentary("CONCURRENT_CHANGE", "thing " + id + " kept changing; try again", 3);
        }
        return Map.of("renewed", id);
    }

    @DeleteMapping("/things/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> remove(@PathVariable String id) {
        calls.record("remove");
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/things/{id}")
    Map<String, Object> read(@PathVariable @Pattern(regexp = "[0-9]+") String id) {
        throw new NotFound("THING_NOT_FOUND", "No thing " + id + ".");
    }

    @GetMapping("/things")
    Map<String, Object> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Map.of("size", size);
    }

    @PostMapping("/members/{member}/votes")
    Map<String, Object> vote(@PathVariable String member, @Valid @RequestBody Vote vote, CommandContext context) {
        Delegation.requireDelegateOf(context.actor(), member);
        calls.record("vote");
        return Map.of(
                "subject", context.actor().subject(),
                "role", context.actor().role(),
                "member", context.actor().member(),
                "correlationId", context.correlationId(),
                "choice", vote.choice());
    }

    @PostMapping("/rules")
    void breakRule() {
        calls.record("rule");
        throw new RuleViolation("QUORUM_NOT_REACHED", "Only 3 of 5 required members attended.");
    }

    @PostMapping("/failures")
    void fail() {
        calls.record("failure");
        throw new IllegalStateException("connection to db-internal-7:27017 refused (secret detail)");
    }

    @PostMapping("/outages")
    void storageAway() {
        calls.record("outage");
        throw new com.mongodb.MongoTimeoutException("Timed out after 5000 ms while waiting for a server (db-internal-7:27017)");
    }

    @PostMapping("/slow")
    ResponseEntity<Map<String, Object>> slow(@RequestBody Map<String, Object> body) throws InterruptedException {
        calls.record("slow");
        calls.passGate();
        return ResponseEntity.status(201).body(Map.of("done", true));
    }
}
