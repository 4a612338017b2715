package org.charter.membership.member.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.charter.membership.member.DecisionKind;
import org.charter.membership.member.DecisionRef;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.Ruling;
import org.charter.membership.member.Tier;

/** The JSON bodies of the member commands. Shape errors are 400 naming the field; rule errors 422. */
public final class MemberRequests {

    static final String MEMBER_ID = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";

    private MemberRequests() {
    }

    @Schema(name = "RegisterMember")
    record Register(
            @NotBlank @Size(min = 2, max = 16) @Pattern(regexp = MEMBER_ID,
                    message = "must be 2-16 upper-case letters or digits starting with a letter, e.g. CA, USVI, BIE")
            @Schema(example = "OR") String id,
            @NotBlank @Size(max = 200) @Schema(example = "Oregon") String name,
            @NotNull @Schema(example = "STATE") MemberKind kind,
            @NotNull @Schema(example = "GOVERNING") Tier tier,
            @Schema(description = "When the application was made; defaults to now") Instant appliedAt) {
    }

    @Schema(name = "Decision")
    public record Decision(@NotNull @Schema(example = "POLL") DecisionKind kind,
                    @NotBlank @Size(max = 200) @Schema(example = "poll-2025-014") String reference) {
        DecisionRef toRef() {
            return new DecisionRef(kind, reference);
        }
    }

    /** decidedAt, effectiveAt (defaults to decidedAt) and the decision, common to every change. */
    public interface Ruled {
        Instant decidedAt();

        Instant effectiveAt();

        Decision decision();

        default Ruling ruling() {
            return new Ruling(decidedAt(), effectiveAt() == null ? decidedAt() : effectiveAt(), decision().toRef());
        }
    }

    @Schema(name = "StatusChange")
    record Change(@NotNull @Schema(example = "2025-06-12T18:00:00Z") Instant decidedAt,
                  @Schema(example = "2025-07-01T07:00:00Z", description = "Defaults to decidedAt; may be in the future") Instant effectiveAt,
                  @NotNull @Valid Decision decision) implements Ruled {
    }

    @Schema(name = "TierChange")
    record TierChange(@NotNull @Schema(example = "AFFILIATE") Tier tier,
                      @NotNull Instant decidedAt, Instant effectiveAt, @NotNull @Valid Decision decision) implements Ruled {
    }

    @Schema(name = "Suspension")
    record Suspension(@Size(max = 500) @Schema(example = "fees for FY2026 unpaid") String reason,
                      @NotNull Instant decidedAt, Instant effectiveAt, @NotNull @Valid Decision decision) implements Ruled {
    }

    @Schema(name = "Readmission")
    record Readmission(@Schema(description = "The tier readmitted to; defaults to the tier before withdrawal") Tier tier,
                       @NotNull Instant decidedAt, Instant effectiveAt, @NotNull @Valid Decision decision) implements Ruled {
    }
}
