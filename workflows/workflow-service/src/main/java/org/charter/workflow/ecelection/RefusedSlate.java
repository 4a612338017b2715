package org.charter.workflow.ecelection;

/**
 * What the secretary decided on a reopened contest's slate the election service refused for good
 * (ADR 0042: {@code NOT_REOPENED}, or any kept refusal but {@code ALREADY_SLATED}): ask for the
 * slate again once the cause is resolved (a new request, so a new idempotency key), or end the
 * contest's process, with the reason on record (its seats stay as the service has them; a special
 * election fills a vacancy, DOMAIN.md §5.7).
 */
public record RefusedSlate(String resolution, String note) {

    public sealed interface Decision {
        record Retry() implements Decision {
        }

        record EndContest(String note) implements Decision {
        }

        /** Back to the task: {@code problem} says what to fix. */
        record Refused(String problem) implements Decision {
        }
    }

    public Decision decide() {
        if ("RETRY".equals(resolution)) {
            return new Decision.Retry();
        }
        if ("END_CONTEST".equals(resolution)) {
            return note == null || note.isBlank()
                    ? new Decision.Refused("slateResolutionNote: ending the contest's process needs the reason on record")
                    : new Decision.EndContest(note.strip());
        }
        return new Decision.Refused("slateResolution: RETRY (slate it again) or END_CONTEST (with a note), was " + resolution);
    }
}
