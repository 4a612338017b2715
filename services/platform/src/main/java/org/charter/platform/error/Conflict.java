package org.charter.platform.error;

/**
 * 409: the command clashes with the current state (a duplicate, an illegal transition, a
 * concurrent change). {@code currentVersion} is the aggregate's version when known, else -1.
 */
public class Conflict extends CharterException {

    private final long currentVersion;
    private final boolean transientClash;

    public Conflict(String code, String detail) {
        this(code, detail, -1);
    }

    public Conflict(String code, String detail, long currentVersion) {
        this(code, detail, currentVersion, false);
    }

    private Conflict(String code, String detail, long currentVersion, boolean transientClash) {
        super(code, detail);
        this.currentVersion = currentVersion;
        this.transientClash = transientClash;
    }

    /**
     * A clash with another command running at the same moment (e.g. {@code CONCURRENT_CHANGE}):
     * the same command may well succeed when sent again, so its answer says when to retry and an
     * {@code Idempotency-Key} is not spent on it.
     */
    public static Conflict momentary(String code, String detail, long currentVersion) {
        return new Conflict(code, detail, currentVersion, true);
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Whether sending the same command again may succeed (see {@link #momentary}). */
    public boolean isMomentary() {
        return transientClash;
    }
}
