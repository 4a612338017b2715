package org.charter.workflow.policyapproval.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The JSON bodies of the process commands. */
final class ProcessRequests {

    private ProcessRequests() {
    }

    @Schema(name = "StartPolicyApproval")
    record StartPolicyApproval(
            @NotBlank @Size(max = 100) @Schema(description = "The motion, already proposed on the committee service",
                    example = "m-3kq9x0a7ve") String motion,
            @Schema(description = "Overrides of the procedure's periods, ISO-8601 durations: notice (P14D), comment (P14D),"
                    + " round (P7D), voteNotice (P7D), vote (P7D), firstReminder (PT72H), secondReminder (PT24H)",
                    example = "{\"notice\":\"PT1M\",\"round\":\"PT5M\"}") Map<String, String> periods) {
    }
}
