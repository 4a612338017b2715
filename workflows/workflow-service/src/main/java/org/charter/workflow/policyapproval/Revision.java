package org.charter.workflow.policyapproval;

import java.util.List;

/**
 * What the secretary (or chair) handed in at the facilitated revision after a failed round
 * (DOMAIN.md §4.3): a revised text answering each block and reservation, or nothing when the
 * round left nothing to answer (a round without quorum, or stand-asides only).
 */
public record Revision(String title, String text, String note) {

    /** What the process does with a revision. */
    public sealed interface Decision {
        /** Publish the revised text on the committee service. */
        record Publish(Revision revision) implements Decision {
        }

        /** Nothing to publish, nothing owed: on to the comment period. */
        record NothingOwed() implements Decision {
        }

        /** Back to the task: {@code problem} says what to fix. */
        record Refused(String problem) implements Decision {
        }
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** @param toAnswer the members whose blocks and reservations the last round left to answer */
    public Decision decide(List<String> toAnswer) {
        if (hasText()) {
            return new Decision.Publish(this);
        }
        if (toAnswer.isEmpty()) {
            return new Decision.NothingOwed();
        }
        return new Decision.Refused("the last round left blocks or reservations to answer (" + String.join(", ", toAnswer)
                + "): hand in a revised text that answers each of them");
    }
}
