package org.charter.election.election.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Request bodies of the election API. */
final class ElectionRequests {

    private ElectionRequests() {
    }

    @Schema(description = "Calls an election. fiscalYear names the year the elected terms start in (FY2028 = from 2027-07-01).")
    record Call(@NotNull @Min(2000) @Max(2999) Integer fiscalYear,
                @Pattern(regexp = "[A-Z0-9]{1,8}") @Schema(description = "for a special election: EC-FY2028-<suffix>") String suffix,
                @NotNull @Schema(description = "T: when the ballots open") Instant ballotOpensAt,
                @Valid Periods periods,
                @Valid @Size(max = 10) @Schema(description = "the contests; default: the positions elected in the fiscal year")
                List<@NotNull @Valid ContestRequest> contests,
                @Size(max = 20) @Schema(description = "members holding seats at term start anyway (successions, continuing terms)")
                List<@NotBlank @Size(max = 16) String> continuingHolders) {
    }

    @Schema(description = "Overrides of the cycle's periods (ISO-8601 durations, e.g. P45D or PT10M); each relative to T")
    record Periods(Duration nominationsOpen, Duration nominationsClose, Duration acceptance, Duration slate, Duration ballot,
                   Duration reopening,
                   @Schema(description = "How long after its close a contest may be certified before its certification"
                           + " lapses (default P5D, DOMAIN.md 5.1)") Duration certification) {
    }

    record ContestRequest(@NotBlank @Size(max = 40) String position, @NotNull @Min(1) @Max(10) Integer seats) {
    }

    @Schema(description = "Nominates a person (by its person id, the subject of its tokens) for a position")
    record Nominate(@NotBlank @Size(max = 40) String position,
                    @NotBlank @Size(max = 64) String nominee,
                    @Size(max = 120) @Schema(description = "the name shown on the slate; default: the person id") String name) {
    }
}
