package org.charter.workflow.ecelection;

/**
 * The secretary's answer, in a task's form, to a refusal the process cannot get past by itself:
 * try again once the cause is resolved, or give up with the reason on record. The form's words
 * differ per task ({@link RefusedCertification}, {@link RefusedSlate}); the rule does not.
 *
 * @param field the form field holding the choice; its note is {@code field + "Note"}
 * @param giveUp the choice that gives up, e.g. {@code LEAVE_UNCERTIFIED}
 * @param retrying what {@code RETRY} does, in the caller's words
 * @param givingUp what giving up does, in the caller's words
 */
public record SecretaryResolution(String field, String giveUp, String retrying, String givingUp) {

    public sealed interface Decision {
        record Retry() implements Decision {
        }

        record GiveUp(String note) implements Decision {
        }

        /** Back to the task: {@code problem} says what to fix. */
        record Refused(String problem) implements Decision {
        }
    }

    public Decision decide(String resolution, String note) {
        if ("RETRY".equals(resolution)) {
            return new Decision.Retry();
        }
        if (giveUp.equals(resolution)) {
            return note == null || note.isBlank()
                    ? new Decision.Refused(field + "Note: " + givingUp + " needs the reason on record")
                    : new Decision.GiveUp(note.strip());
        }
        return new Decision.Refused(field + ": RETRY (" + retrying + ") or " + giveUp + " (with a note), was " + resolution);
    }
}
