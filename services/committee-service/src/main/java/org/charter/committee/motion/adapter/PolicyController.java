package org.charter.committee.motion.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.charter.committee.motion.Motion;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.MotionStatus;
import org.charter.committee.motion.Motions;
import org.charter.committee.motion.TextVersion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policies the Governing Board adopted, for anyone (no token: {@code charter.security.public-paths}
 * in committee.yml): what the consortium decided is public, its motions on the way are not.
 */
@RestController
@Tag(name = "Policies", description = "The policies adopted, public (DOMAIN 3)")
class PolicyController {

    /** At most this many, newest first: a page of the public site, not an export. */
    static final int MOST = 200;

    private final MotionDirectory directory;
    private final Motions motions;

    PolicyController(MotionDirectory directory, Motions motions) {
        this.directory = directory;
        this.motions = motions;
    }

    @Schema(description = "An adopted policy: its motion, the text version adopted, when and by whom that version was written")
    record PolicyView(String motion, String title, String text, int textVersion, String committee, Instant textAt) {
    }

    @GetMapping("/api/v1/policies")
    @Operation(summary = "The policies adopted, newest first (at most 200); public, no token needed",
            description = "Every POLICY_ADOPTION motion with status ADOPTED, with the text it was adopted in.")
    List<PolicyView> policies() {
        return directory.page(MotionStatus.ADOPTED, MotionKind.POLICY_ADOPTION, 0, MOST).content().stream()
                .map(summary -> view(motions.get(MotionId.of(summary.id()))))
                .toList();
    }

    private static PolicyView view(Motion motion) {
        TextVersion text = motion.currentText();
        return new PolicyView(motion.id().value(), text.title(), text.text(), text.number(), motion.committee().id(), text.at());
    }
}
