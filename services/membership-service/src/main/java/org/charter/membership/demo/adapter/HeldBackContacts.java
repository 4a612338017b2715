package org.charter.membership.demo.adapter;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.charter.membership.representative.ContactDetails;
import org.charter.membership.representative.Contacts;
import org.charter.membership.representative.PersonId;

/**
 * Contact details held back during the demo load, like the event store's appends and the
 * directories' writes: the last details of each person, written once at the end, side by side,
 * and before the appends that name the people (an appointment is never on record without them).
 */
final class HeldBackContacts implements Contacts {

    private record Held(ContactDetails details, Instant at) {
    }

    private final Contacts target;
    private final Map<PersonId, Held> newest = new ConcurrentHashMap<>();

    HeldBackContacts(Contacts target) {
        this.target = target;
    }

    @Override
    public void record(PersonId person, ContactDetails details, Instant at) {
        if (!details.isEmpty()) {
            newest.merge(person, new Held(details, at), (held, later) -> later.at().isBefore(held.at()) ? held : later);
        }
    }

    int writeAll(Executor writers) {
        CompletableFuture.allOf(newest.entrySet().stream()
                .map(e -> CompletableFuture.runAsync(() -> target.record(e.getKey(), e.getValue().details(), e.getValue().at()), writers))
                .toArray(CompletableFuture[]::new)).join();
        int written = newest.size();
        newest.clear();
        return written;
    }
}
