package org.charter.workflow.call;

/** A service could not be reached or failed, and kept failing through the client's retries. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    /** {@code committee}, {@code budget}. */
    public String service() {
        return service;
    }
}
