package org.charter.platform.error;

import java.util.Map;

/** 422: the command is well-formed but a governance rule refuses it. */
public class RuleViolation extends CharterException {
    public RuleViolation(String code, String detail) {
        super(code, detail);
    }

    /** With members the problem carries besides its code and detail (e.g. {@code gapCents}). */
    public RuleViolation(String code, String detail, Map<String, Object> properties) {
        super(code, detail, properties);
    }
}
