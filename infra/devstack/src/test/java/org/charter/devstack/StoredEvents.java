package org.charter.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * How many event commits every service has stored: the {@code events} collection of each
 * service's database, summed. A request that is refused must leave it as it was.
 */
final class StoredEvents implements AutoCloseable {

    private final MongoClient client;

    StoredEvents(String mongoUri) {
        this.client = MongoClients.create(mongoUri);
    }

    long count() {
        long count = 0;
        for (String database : client.listDatabaseNames()) {
            count += client.getDatabase(database).getCollection("events").countDocuments();
        }
        return count;
    }

    /**
     * Waits until no event has been stored for three seconds (or a minute has passed): the notices a
     * test caused are sent and recorded after its last assertion, and the classes that follow on the
     * shared stack count every stored event.
     */
    void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long quietSince = System.nanoTime();
        long last = count();
        while (System.nanoTime() - quietSince < 3_000_000_000L && System.nanoTime() < deadline) {
            Thread.sleep(250);
            long now = count();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
