package org.charter.workflow.ecelection;

/**
 * What the secretary decided on a certification the election service refused (DOMAIN.md §5.6:
 * {@code NO_QUORUM}, {@code RETALLY_MISMATCH}): try to certify again once the cause is resolved
 * (e.g. the stored ballots restored), or leave the contest uncertified (its seats stay vacant and
 * a special election fills them, §5.7).
 */
public record RefusedCertification(String resolution, String note) {

    public sealed interface Decision {
        record Retry() implements Decision {
        }

        record LeaveUncertified(String note) implements Decision {
        }

        /** Back to the task: {@code problem} says what to fix. */
        record Refused(String problem) implements Decision {
        }
    }

    public Decision decide() {
        if ("RETRY".equals(resolution)) {
            return new Decision.Retry();
        }
        if ("LEAVE_UNCERTIFIED".equals(resolution)) {
            return note == null || note.isBlank()
                    ? new Decision.Refused("resolutionNote: a contest left uncertified needs the reason on record")
                    : new Decision.LeaveUncertified(note.strip());
        }
        return new Decision.Refused("resolution: RETRY (certify again) or LEAVE_UNCERTIFIED (with a note), was " + resolution);
    }
}
