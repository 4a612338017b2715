package org.charter.workflow.ecelection;

/**
 * What the secretary decided on a reopened contest's slate the election service refused for good
 * (ADR 0042: {@code NOT_REOPENED}, or any kept refusal but {@code ALREADY_SLATED}): ask for the
 * slate again once the cause is resolved (a new request, so a new idempotency key), or end the
 * contest's process, with the reason on record (its seats stay as the service has them; a special
 * election fills a vacancy, DOMAIN.md §5.7).
 */
public final class RefusedSlate {

    private static final SecretaryResolution FORM = new SecretaryResolution(
            "slateResolution", "END_CONTEST", "slate it again", "ending the contest's process");

    private RefusedSlate() {
    }

    public static SecretaryResolution.Decision decide(String resolution, String note) {
        return FORM.decide(resolution, note);
    }
}
