package org.charter.committee.poll.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.PollType;

/** The JSON bodies of the poll commands. */
final class PollRequests {

    private PollRequests() {
    }

    @Schema(name = "SchedulePoll")
    record Schedule(@NotBlank @Schema(example = "m-3kq9x0a7ve") String motion,
                    @NotNull @Schema(example = "CONSENSUS_ROUND") PollType type,
                    @NotNull @Schema(example = "2026-03-02T17:00:00Z") Instant opensAt,
                    @NotNull @Schema(example = "2026-03-09T17:00:00Z") Instant closesAt,
                    @Size(max = 100) @Schema(description = "The meeting the poll is held in (in session and quorate; at least"
                            + " 10 minutes, inside the meeting); none for an electronic poll between meetings",
                            example = "mt-jf8za3vf6g") String meeting) {
    }

    @Schema(name = "CastVote")
    record Cast(@NotNull @Schema(description = "YES, NO or ABSTAIN in a formal vote; SUPPORT, SUPPORT_WITH_RESERVATIONS,"
                    + " STAND_ASIDE or BLOCK in a consensus round", example = "SUPPORT") Answer choice,
                @Size(max = 5_000) @Schema(description = "Required for SUPPORT_WITH_RESERVATIONS and BLOCK; none in a formal vote")
                String reason) {
    }
}
