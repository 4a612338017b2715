package org.charter.workflow.budgetapproval;

/**
 * What the secretary recorded as the Executive Committee's review of a version (DOMAIN.md §6.3):
 * refer it to the Governing Board, or return it with comments.
 */
public record ExecutiveReview(String decision, String comments) {

    /** What the process does with a recorded review. */
    public sealed interface Decision {
        record Refer(String comments) implements Decision {
        }

        record Return(String comments) implements Decision {
        }

        /** Back to the task: {@code problem} says what to fix. */
        record Refused(String problem) implements Decision {
        }
    }

    public Decision decide() {
        if ("REFER".equals(decision)) {
            return new Decision.Refer(blankToNull(comments));
        }
        if ("RETURN".equals(decision)) {
            return comments == null || comments.isBlank()
                    ? new Decision.Refused("executiveComments: a returned budget goes back with the Executive Committee's"
                    + " comments; write what the revision must change")
                    : new Decision.Return(comments.strip());
        }
        return new Decision.Refused("executiveDecision: REFER (to the Governing Board) or RETURN (for revision), was "
                + decision);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
