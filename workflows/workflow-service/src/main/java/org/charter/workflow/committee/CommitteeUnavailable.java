package org.charter.workflow.committee;

/** The committee could not be reached or failed, and kept failing through the client's retries. */
public class CommitteeUnavailable extends RuntimeException {

    public CommitteeUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
