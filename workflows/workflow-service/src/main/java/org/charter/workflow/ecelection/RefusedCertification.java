package org.charter.workflow.ecelection;

/**
 * What the secretary decided on a certification the election service refused (DOMAIN.md §5.6:
 * {@code NO_QUORUM}, {@code RETALLY_MISMATCH}): try to certify again once the cause is resolved
 * (e.g. the stored ballots restored), or leave the contest uncertified (its seats stay vacant and
 * a special election fills them, §5.7).
 */
public final class RefusedCertification {

    private static final SecretaryResolution FORM = new SecretaryResolution(
            "resolution", "LEAVE_UNCERTIFIED", "certify again", "a contest left uncertified");

    private RefusedCertification() {
    }

    public static SecretaryResolution.Decision decide(String resolution, String note) {
        return FORM.decide(resolution, note);
    }
}
