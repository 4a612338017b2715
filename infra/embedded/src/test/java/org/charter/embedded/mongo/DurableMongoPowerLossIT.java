package org.charter.embedded.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.charter.embedded.mongo.powerloss.PowerLossDisk;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable store loses nothing it acknowledged, and nothing a reader saw, when the power goes:
 * clients write concurrently through the wire protocol while a poller reads the collection as the
 * outbox relay does; the power goes at a random write or force of the store file (the disk keeps
 * only what was forced, {@link PowerLossDisk}); the store is reopened on what the disk kept. Rounds
 * and power-loss points come from a fixed seed, so a failure can be run again.
 */
class DurableMongoPowerLossIT {

    private static final Logger log = LoggerFactory.getLogger(DurableMongoPowerLossIT.class);
    private static final long SEED = 0x5EED_D15CL;
    private static final int ROUNDS = 6;
    private static final int WRITERS = 6;
    private static final int MAX_CHANGES_BEFORE_POWER_LOSS = 200;
    private static final int ROUND_TIMEOUT_SECONDS = 60;

    private final PowerLossDisk disk = PowerLossDisk.get();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> seenByReader = ConcurrentHashMap.newKeySet();

    @Test
    void no_acknowledged_write_and_nothing_a_reader_saw_is_lost_when_the_power_goes() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "durable-mongo-power-loss"));
        String store = PowerLossDisk.fileName(dir.resolve("store-" + System.nanoTime() + ".mv.db"));
        Random random = new Random(SEED);

        for (int round = 0; round < ROUNDS; round++) {
            disk.powerOn();
            InProcessMongoServer server = InProcessMongoServer.start(DurableH2Backend.open(store), 0);
            try (MongoClient client = client(server)) {
                MongoCollection<Document> events = events(client);
                assertNothingLost(events, round);
                events.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));

                disk.losePowerAtChange(1 + random.nextInt(MAX_CHANGES_BEFORE_POWER_LOSS));
                writeAndPollUntilThePowerGoes(events, round, random.nextLong());
            } finally {
                closeAfterPowerLoss(server);
            }
        }

        disk.powerOn();
        InProcessMongoServer server = InProcessMongoServer.start(DurableH2Backend.open(store), 0);
        try (MongoClient client = client(server)) {
            assertNothingLost(events(client), ROUNDS);
        } finally {
            server.close();
        }
        log.info("{} power losses undid {} writes to the store file; {} acknowledged writes and {} documents a reader saw all survived",
                ROUNDS, disk.writesDropped(), acknowledged.size(), seenByReader.size());
        assertThat(acknowledged).as("acknowledged writes over all rounds").hasSizeGreaterThan(ROUNDS);
    }

    private void writeAndPollUntilThePowerGoes(MongoCollection<Document> events, int round, long seed) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                Random writes = new Random(seed + writer);
                String prefix = "r" + round + "-w" + writer + "-";
                running.add(clients.submit(() -> writeUntilThePowerGoes(events, prefix, writes)));
            }
            running.add(clients.submit(() -> pollUntilThePowerGoes(events, round)));
            for (Future<?> each : running) {
                each.get(ROUND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(disk.powerLost()).as("the power went in round " + round).isTrue();
    }

    /** Single inserts and small batches, as appends and the outbox make them. */
    private void writeUntilThePowerGoes(MongoCollection<Document> events, String prefix, Random writes) {
        for (int sequence = 0; ; ) {
            List<Document> batch = new ArrayList<>();
            int size = writes.nextInt(4) == 0 ? 1 + writes.nextInt(8) : 1;
            for (int i = 0; i < size; i++, sequence++) {
                batch.add(new Document("_id", prefix + sequence).append("key", prefix + sequence).append("round", prefix));
            }
            try {
                if (size == 1) {
                    events.insertOne(batch.get(0));
                } else {
                    events.insertMany(batch);
                }
            } catch (RuntimeException e) {
                if (disk.powerLost()) {
                    return; // not acknowledged: it may or may not have survived
                }
                throw e;
            }
            batch.forEach(d -> acknowledged.add(d.getString("_id")));
        }
    }

    /** Reads the whole collection again and again, as the relay polls the outbox. */
    private void pollUntilThePowerGoes(MongoCollection<Document> events, int round) {
        while (true) {
            List<String> seen = new ArrayList<>();
            try {
                events.find().projection(Projections.include("_id")).forEach(d -> seen.add(d.getString("_id")));
            } catch (RuntimeException e) {
                if (disk.powerLost()) {
                    return; // this answer never arrived
                }
                throw e;
            }
            seenByReader.addAll(seen);
            if (disk.powerLost()) {
                return;
            }
        }
    }

    private void assertNothingLost(MongoCollection<Document> events, int round) {
        Set<String> present = new HashSet<>();
        events.find().projection(Projections.include("_id")).forEach(d -> present.add(d.getString("_id")));
        assertThat(acknowledged.stream().filter(id -> !present.contains(id)).toList())
                .as("acknowledged writes missing after power loss " + round).isEmpty();
        assertThat(seenByReader.stream().filter(id -> !present.contains(id)).toList())
                .as("documents a reader saw, missing after power loss " + round).isEmpty();
        acknowledged.stream().limit(1).forEach(id -> assertThat(events.find(eq("key", id)).first())
                .as("found through the unique index").isNotNull());
    }

    private static MongoClient client(InProcessMongoServer server) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()
                        + "/?serverSelectionTimeoutMS=10000&connectTimeoutMS=10000&retryWrites=false&retryReads=false"))
                .build());
    }

    private static MongoCollection<Document> events(MongoClient client) {
        return client.getDatabase("charter").getCollection("events");
    }

    /** The old server cannot close its store cleanly: its disk is gone. */
    private static void closeAfterPowerLoss(InProcessMongoServer server) {
        try {
            server.close();
        } catch (RuntimeException e) {
            log.debug("closing after the power loss failed, as it should: {}", e.toString());
        }
    }
}
