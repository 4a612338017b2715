package org.charter.platform.event;

/** An event whose envelope or data cannot be read: a poison message, never retried into success. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
