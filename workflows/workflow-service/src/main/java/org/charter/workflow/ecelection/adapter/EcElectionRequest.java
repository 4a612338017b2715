package org.charter.workflow.ecelection.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /api/v1/processes/ec-election}. */
@Schema(name = "StartEcElection")
record EcElectionRequest(
        @NotNull @Min(2000) @Max(2999) @Schema(description = "The fiscal year the elected terms start in (FY2028: from"
                + " 2027-07-01)", example = "2028") Integer fiscalYear,
        @Pattern(regexp = "[A-Z0-9]{1,8}") @Schema(description = "For a special election (a vacancy, DOMAIN 5.7): EC-FY2028-<suffix>",
                example = "S1") String suffix,
        @Schema(description = "T, when the ballots open; default: now + the nominationsOpen period (nominations open at the"
                + " start)") Instant ballotOpensAt,
        @Valid @Size(max = 10) @Schema(description = "The contests; default: the positions elected in the fiscal year")
        List<@NotNull @Valid Contest> contests,
        @Size(max = 20) @Schema(description = "Members holding seats at term start anyway (successions, continuing terms)")
        List<@NotBlank @Size(max = 16) String> continuingHolders,
        @Schema(description = "Overrides of the periods, ISO-8601 durations: nominationsOpen (P45D), nominationsClose (P21D),"
                + " acceptance (P14D), slate (P10D), ballot (P7D), reopening (P14D), certification (P5D)",
                example = "{\"nominationsOpen\":\"PT10M\",\"nominationsClose\":\"PT6M\",\"acceptance\":\"PT4M\",\"slate\":\"PT2M\","
                        + "\"ballot\":\"PT3M\",\"reopening\":\"PT1M\"}") Map<String, String> periods) {

    record Contest(@NotBlank @Size(max = 40) String position, @NotNull @Min(1) @Max(10) Integer seats) {
    }

    /** The election's id as the election service names it: {@code EC-FY2028}, a special one {@code EC-FY2028-S1}. */
    String electionId() {
        return "EC-FY" + fiscalYear + (suffix == null ? "" : "-" + suffix);
    }
}
