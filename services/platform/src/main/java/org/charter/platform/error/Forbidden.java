package org.charter.platform.error;

/** 403: the actor may not do this (wrong role, or acting for another member). */
public class Forbidden extends CharterException {
    public Forbidden(String code, String detail) {
        super(code, detail);
    }
}
