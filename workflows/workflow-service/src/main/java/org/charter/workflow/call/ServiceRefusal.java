package org.charter.workflow.call;

/** A service refused a command for good (a kept 4xx): sending it again gets the same answer. */
public class ServiceRefusal extends RuntimeException {

    private final String service;
    private final int status;
    private final String code;

    public ServiceRefusal(String service, int status, String code, String detail) {
        super(status + " " + code + ": " + detail);
        this.service = service;
        this.status = status;
        this.code = code;
    }

    /** {@code committee}, {@code budget}. */
    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
