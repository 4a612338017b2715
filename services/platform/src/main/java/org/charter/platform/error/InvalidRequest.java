package org.charter.platform.error;

/** 400: the request itself is unusable (a bad header, an impossible combination of values). */
public class InvalidRequest extends CharterException {
    public InvalidRequest(String code, String detail) {
        super(code, detail);
    }
}
