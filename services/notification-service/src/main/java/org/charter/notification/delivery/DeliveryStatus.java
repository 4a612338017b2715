package org.charter.notification.delivery;

/** Where a delivery stands; every status but {@link #ATTEMPTING} is final. */
public enum DeliveryStatus {
    /** Recorded just before sending: found again, the service stopped between sending and recording. */
    ATTEMPTING,
    SENT,
    /** The recipient switched this kind of notice off. */
    OPTED_OUT,
    /** No e-mail address is known for the recipient. */
    NO_ADDRESS;

    public boolean isFinal() {
        return this != ATTEMPTING;
    }
}
