package org.charter.platform.error;

/** 404: the named resource does not exist. */
public class NotFound extends CharterException {
    public NotFound(String code, String detail) {
        super(code, detail);
    }
}
