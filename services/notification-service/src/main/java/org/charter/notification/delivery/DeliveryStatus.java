package org.charter.notification.delivery;

/** Where a delivery stands; every status but {@link #ATTEMPTING} is final. */
public enum DeliveryStatus {
    /** Recorded just before sending: found again, the service stopped between sending and recording. */
    ATTEMPTING,
    SENT,
    /** The recipient switched this kind of notice off. */
    OPTED_OUT,
    /** No e-mail address is known for the recipient. */
    NO_ADDRESS,
    /** Nobody to send to: a task's candidate group nobody is listed in ({@code charter.notification.people}). */
    NO_RECIPIENT;

    public boolean isFinal() {
        return this != ATTEMPTING;
    }

    /** Whether the notice could not be sent (a gap to fix), as against sent or switched off by its recipient. */
    public boolean undeliverable() {
        return this == NO_ADDRESS || this == NO_RECIPIENT;
    }
}
