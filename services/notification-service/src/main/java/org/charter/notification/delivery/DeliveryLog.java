package org.charter.notification.delivery;

import java.time.Instant;
import java.util.Optional;
import org.charter.notification.notice.Notice;

/** The record of every delivery, keyed by {@link DeliveryKey}: what makes a redelivered event send nothing twice. */
public interface DeliveryLog {

    /**
     * Records the delivery as being attempted, atomically, unless a record exists; answers the
     * status found (empty: none, this call created it).
     */
    Optional<DeliveryStatus> begin(DeliveryKey key, Notice notice, Instant at);

    /**
     * Sets a final status; {@code repeated} when the send followed an {@code ATTEMPTING} left by a
     * stop; {@code detail} why it was not sent (a {@code NO_ADDRESS}: where no address was found), else null.
     */
    void finish(DeliveryKey key, DeliveryStatus status, boolean repeated, String detail, Instant at);
}
