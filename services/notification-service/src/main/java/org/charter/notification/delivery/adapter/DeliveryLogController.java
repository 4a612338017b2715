package org.charter.notification.delivery.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.bson.Document;
import org.charter.notification.delivery.DeliveryStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Delivery log", description = "Every e-mail delivery: which event, to whom, what became of it")
class DeliveryLogController {

    private final MongoDeliveryLog log;

    DeliveryLogController(MongoDeliveryLog log) {
        this.log = log;
    }

    record Entry(String eventId, String eventType, String kind, String pollId, String recipient, String memberId, String role,
                 String channel, String status, String detail, boolean repeated, String createdAt, String updatedAt) {
        static Entry of(Document d) {
            return new Entry(d.getString("eventId"), d.getString("eventType"), d.getString("kind"), d.getString("pollId"),
                    d.getString("recipient"), d.getString("memberId"), d.getString("role"), d.getString("channel"),
                    d.getString("status"), d.getString("detail"), d.getBoolean("repeated", false), d.getString("createdAt"),
                    d.getString("updatedAt"));
        }
    }

    record Page(List<Entry> content, int page, int size, long totalElements) {
    }

    @GetMapping("/api/v1/deliveries")
    @PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN', 'AUDITOR')")
    @Operation(summary = "The delivery log, newest first, by poll, recipient, event or status (secretaries, admins, auditors)",
            description = "status: SENT, OPTED_OUT, NO_ADDRESS (no e-mail address known for the person), NO_RECIPIENT (a"
                    + " task's candidate group nobody is listed in: recipient group:<group>), or ATTEMPTING while a message is"
                    + " being sent; detail: why a NO_ADDRESS or NO_RECIPIENT was not sent and what to fix; repeated: sent a"
                    + " second time after a stop between sending and recording (ADR 0018)")
    Page list(@RequestParam(required = false) String poll, @RequestParam(required = false) String recipient,
              @RequestParam(required = false) String event, @RequestParam(required = false) DeliveryStatus status,
              @RequestParam(defaultValue = "0") @Min(0) int page,
              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        List<Entry> content = log.find(poll, recipient, event, status, page, size).stream().map(Entry::of).toList();
        return new Page(content, page, size, log.count(poll, recipient, event, status));
    }
}
