package org.charter.workflow.correlation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parked messages for the process tests, in insertion order. */
public final class InMemoryParkedMessages implements ParkedMessages {

    public final Map<String, ProcessMessage> parked = new LinkedHashMap<>();

    @Override
    public synchronized void park(String eventId, ProcessMessage message) {
        parked.putIfAbsent(eventId, message);
    }

    @Override
    public synchronized List<Parked> of(String businessKey) {
        List<Parked> found = new ArrayList<>();
        parked.forEach((id, m) -> {
            if (m.businessKey().equals(businessKey)) {
                found.add(new Parked(id, m));
            }
        });
        return found;
    }

    @Override
    public synchronized List<String> businessKeys(int limit) {
        return parked.values().stream().map(ProcessMessage::businessKey).distinct().limit(limit).toList();
    }

    @Override
    public synchronized void delivered(String eventId) {
        parked.remove(eventId);
    }
}
