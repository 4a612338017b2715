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

    @Override
    public void close() {
        client.close();
    }
}
