package org.charter.workflow.committee;

/** The committee refused a command for good (a kept 4xx): sending it again gets the same answer. */
public class CommitteeRefusal extends RuntimeException {

    private final int status;
    private final String code;

    public CommitteeRefusal(int status, String code, String detail) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
