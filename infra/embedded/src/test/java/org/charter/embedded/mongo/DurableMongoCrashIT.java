package org.charter.embedded.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable store keeps every acknowledged insert across a kill -9 of the server process.
 */
class DurableMongoCrashIT {

    private static final Logger log = LoggerFactory.getLogger(DurableMongoCrashIT.class);
    private static final int KILL_AFTER_ACKNOWLEDGED = 1_000;
    private static final String CLIENT_OPTIONS = "/?serverSelectionTimeoutMS=30000&connectTimeoutMS=10000&retryWrites=false";

    @Test
    void every_acknowledged_insert_survives_a_kill_9_of_the_server() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "durable-mongo-crash"));
        Path file = dir.resolve("mongo-" + System.nanoTime() + ".mv.db");

        List<Integer> acknowledged = new ArrayList<>();
        long insertMillis;
        ChildJvm server = ChildJvm.start(DurableMongoServerMain.class, dir.resolve("first-run.log"), file.toString());
        ExecutorService killer = Executors.newSingleThreadExecutor();
        try (MongoClient client = MongoClients.create(server.readyValue() + CLIENT_OPTIONS)) {
            MongoCollection<Document> members = client.getDatabase("charter").getCollection("members");
            members.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));

            AtomicInteger acknowledgedCount = new AtomicInteger();
            killer.submit(() -> {
                // kill from another thread while the inserts keep coming: mid-stream, not between them
                while (acknowledgedCount.get() < KILL_AFTER_ACKNOWLEDGED) {
                    Thread.sleep(1);
                }
                server.kill();
                return null;
            });
            long begin = System.nanoTime();
            for (int i = 0; i < 1_000_000; i++) {
                try {
                    members.insertOne(new Document("_id", i).append("code", "M" + i).append("name", "Member " + i));
                } catch (RuntimeException e) {
                    break; // the server died: this insert was not acknowledged
                }
                acknowledged.add(i);
                acknowledgedCount.incrementAndGet();
            }
            insertMillis = (System.nanoTime() - begin) / 1_000_000;
        } finally {
            killer.shutdownNow();
            server.kill();
        }
        log.info("Durable backend: {} single inserts acknowledged in {} ms ({} inserts/s, 1 client thread), then kill -9",
                acknowledged.size(), insertMillis, acknowledged.size() * 1000L / Math.max(1, insertMillis));
        assertThat(acknowledged).as("inserts acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);

        try (ChildJvm restarted = ChildJvm.start(DurableMongoServerMain.class, dir.resolve("second-run.log"), file.toString());
             MongoClient client = MongoClients.create(restarted.readyValue() + CLIENT_OPTIONS)) {
            MongoCollection<Document> members = client.getDatabase("charter").getCollection("members");
            Set<Integer> present = new HashSet<>();
            members.find().forEach(d -> present.add(d.getInteger("_id")));

            List<Integer> lost = acknowledged.stream().filter(id -> !present.contains(id)).toList();
            assertThat(lost).as("acknowledged inserts missing after kill -9").isEmpty();
            int last = acknowledged.get(acknowledged.size() - 1);
            assertThat(members.find(eq("code", "M" + last)).first())
                    .as("last acknowledged member found through its unique index").isNotNull();
            log.info("After restart: {} documents present, {} acknowledged, none lost", present.size(), acknowledged.size());
        }
    }
}
