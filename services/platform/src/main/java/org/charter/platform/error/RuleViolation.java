package org.charter.platform.error;

/** 422: the command is well-formed but a governance rule refuses it. */
public class RuleViolation extends CharterException {
    public RuleViolation(String code, String detail) {
        super(code, detail);
    }
}
