package org.charter.notification.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charter.notification.notice.Notice;

/** {@link DeliveryLog} in a map, for domain tests. */
public final class InMemoryDeliveryLog implements DeliveryLog {

    public final Map<DeliveryKey, DeliveryStatus> statuses = new LinkedHashMap<>();
    public final Map<DeliveryKey, Boolean> repeated = new LinkedHashMap<>();
    public final Map<DeliveryKey, String> details = new LinkedHashMap<>();

    @Override
    public Optional<DeliveryStatus> begin(DeliveryKey key, Notice notice, Instant at) {
        DeliveryStatus found = statuses.putIfAbsent(key, DeliveryStatus.ATTEMPTING);
        return Optional.ofNullable(found);
    }

    @Override
    public void finish(DeliveryKey key, DeliveryStatus status, boolean repeat, String detail, Instant at) {
        statuses.put(key, status);
        repeated.put(key, repeat);
        if (detail != null) {
            details.put(key, detail);
        }
    }
}
