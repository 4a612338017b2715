package org.charter.platform.error;

/**
 * 409: the command clashes with the current state (a duplicate, an illegal transition, a
 * concurrent change). {@code currentVersion} is the aggregate's version when known, else -1.
 */
public class Conflict extends CharterException {

    private final long currentVersion;

    public Conflict(String code, String detail) {
        this(code, detail, -1);
    }

    public Conflict(String code, String detail, long currentVersion) {
        super(code, detail);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
