package org.charter.membership.collaborative.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

final class CollaborativeRequests {

    static final String SLUG = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    static final String YEAR = "\\d{4}-\\d{2}";

    /** The most people one enrolment names; a request naming more is refused before it is read further. */
    static final int MAX_PARTICIPANTS = 100;

    private CollaborativeRequests() {
    }

    @Schema(name = "CreateCollaborative")
    record Create(@NotBlank @Size(min = 2, max = 40) @Pattern(regexp = SLUG, message = "must be a lower-case slug, e.g. early-childhood")
                  @Schema(example = "early-childhood") String id,
                  @NotBlank @Size(max = 200) @Schema(example = "Early Childhood Education Collaborative") String name,
                  @Size(max = 2000) String description) {
    }

    @Schema(name = "Enrolment")
    record Enrol(@NotBlank @Schema(example = "CA") String memberId,
                 @NotBlank @Pattern(regexp = YEAR, message = "must be written like 2025-26") @Schema(example = "2025-26") String programYear,
                 @NotNull @Min(0) @Schema(example = "1500000", description = "Integer USD cents") Long feeCents,
                 @Size(max = MAX_PARTICIPANTS, message = "at most " + MAX_PARTICIPANTS + " participants")
                 @Schema(description = "The people taking part (at most 100 names of at most 200 characters)")
                 List<@NotBlank @Size(max = 200) String> participants) {
    }

    @Schema(name = "Departure")
    record Leave(@NotBlank @Schema(example = "CA") String memberId,
                 @NotBlank @Pattern(regexp = YEAR, message = "must be written like 2025-26") @Schema(example = "2025-26") String programYear,
                 @Schema(description = "Defaults to now") Instant effectiveAt) {
    }
}
