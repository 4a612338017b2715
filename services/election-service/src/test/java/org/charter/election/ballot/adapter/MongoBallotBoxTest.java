package org.charter.election.ballot.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bson.Document;
import org.charter.election.ballot.SealedBallot;
import org.charter.embedded.mongo.InProcessMongoServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The box's stored order says nothing of the order of casting (ADR 0065): on both backends the
 * project runs (in memory: natural order is insertion order; durable H2: natural order is
 * {@code _id} order), the slots' {@code _id}s and natural order are fixed before the first ballot,
 * and where the k-th ballot cast ends up is uncorrelated with k.
 */
class MongoBallotBoxTest {

    private static final String CONTEST = "E-2026-ec:chair-elect";
    private static final int ELECTORATE = 120;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "durable"})
    void neither_the_natural_order_nor_the_ids_of_the_box_follow_the_order_of_casting(String backend) {
        withBox(backend, (database, box) -> {
            box.provide(CONTEST, ELECTORATE);
            List<String> idsBeforeCasting = naturalOrder(database, d -> d.getString("_id"));
            assertThat(idsBeforeCasting).hasSize(ELECTORATE).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}"));

            List<String> castingOrder = new ArrayList<>();
            for (int k = 0; k < ELECTORATE; k++) {
                String receipt = sha256("ballot " + k);
                castingOrder.add(receipt);
                box.provide(CONTEST, ELECTORATE);
                box.put(new SealedBallot(CONTEST, List.of("C" + (k % 3)), receipt));
            }

            assertThat(naturalOrder(database, d -> d.getString("_id"))).as("the slots neither moved nor were added")
                    .isEqualTo(idsBeforeCasting);
            List<String> stored = naturalOrder(database, d -> d.getString("receipt"));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(castingOrder).isNotEqualTo(castingOrder);
            assertThat(Math.abs(rankCorrelation(castingOrder, stored)))
                    .as("casting order against the collection's natural order").isLessThan(0.3);
            List<String> byId = database.getCollection(MongoBallotBox.COLLECTION).find()
                    .sort(new Document("_id", 1)).map(d -> d.getString("receipt")).into(new ArrayList<>());
            assertThat(Math.abs(rankCorrelation(castingOrder, byId)))
                    .as("casting order against the order of the ids").isLessThan(0.3);
            assertThat(box.contents(CONTEST)).extracting(SealedBallot::receipt)
                    .isEqualTo(castingOrder.stream().sorted().toList());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "durable"})
    void a_ballot_fills_one_slot_once_holding_nothing_but_contest_ranking_and_receipt(String backend) {
        withBox(backend, (database, box) -> {
            box.provide(CONTEST, 2);
            box.provide(CONTEST, 2);
            assertThat(database.getCollection(MongoBallotBox.COLLECTION).countDocuments()).isEqualTo(2);
            SealedBallot ballot = new SealedBallot(CONTEST, List.of("C1", "C2"), sha256("one"));
            box.put(ballot);
            box.put(ballot);
            assertThat(box.contents(CONTEST)).containsExactly(ballot);
            Document filled = database.getCollection(MongoBallotBox.COLLECTION)
                    .find(new Document("receipt", ballot.receipt())).first();
            assertThat(filled.keySet()).containsExactlyInAnyOrder("_id", "contestId", "ranking", "receipt");
            Document free = database.getCollection(MongoBallotBox.COLLECTION)
                    .find(new Document("freeIn", CONTEST)).first();
            assertThat(free.keySet()).containsExactlyInAnyOrder("_id", "freeIn");

            box.put(new SealedBallot(CONTEST, List.of("C2"), sha256("two")));
            assertThatThrownBy(() -> box.put(new SealedBallot(CONTEST, List.of("C1"), sha256("three"))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no free ballot slot");
            assertThat(box.contents(CONTEST)).hasSize(2);
            assertThat(box.contents("E-2026-ec:other")).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "durable"})
    void ballots_cast_at_the_same_moment_each_fill_one_slot_of_their_own(String backend) {
        int electorate = 40;
        withBox(backend, (database, box) -> {
            ExecutorService voters = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> casts = new ArrayList<>();
                List<SealedBallot> ballots = new ArrayList<>();
                for (int k = 0; k < electorate; k++) {
                    SealedBallot ballot = new SealedBallot(CONTEST, List.of("C" + (k % 3)), sha256("concurrent " + k));
                    ballots.add(ballot);
                    casts.add(voters.submit(() -> {
                        start.await();
                        box.provide(CONTEST, electorate);
                        box.put(ballot);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> cast : casts) {
                    cast.get(60, TimeUnit.SECONDS);
                }
                // a retry finishing an interrupted cast puts its ballot again; the service makes a ballot's
                // repeats one after another (CastingBallots holds its voter's lock), so here after the first
                for (int k = 0; k < electorate; k += 5) {
                    box.put(ballots.get(k));
                }
                assertThat(box.contents(CONTEST)).extracting(SealedBallot::receipt).as("each ballot in the box once, none lost")
                        .containsExactlyInAnyOrderElementsOf(ballots.stream().map(SealedBallot::receipt).toList());
                assertThat(database.getCollection(MongoBallotBox.COLLECTION).countDocuments())
                        .as("no slot added by the concurrent provisions").isEqualTo(electorate);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                voters.shutdownNow();
            }
        });
    }

    private interface BoxTest {
        void run(MongoDatabase database, MongoBallotBox box);
    }

    private void withBox(String backend, BoxTest test) {
        try (InProcessMongoServer server = backend.equals("memory") ? InProcessMongoServer.startInMemory()
                : InProcessMongoServer.startDurable(dir.resolve("box.mv"), 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("election");
            test.run(database, new MongoBallotBox(database, new Random(2026)));
        }
    }

    private static List<String> naturalOrder(MongoDatabase database, Function<Document, String> field) {
        return database.getCollection(MongoBallotBox.COLLECTION).find().map(field::apply).into(new ArrayList<>());
    }

    /** Spearman's rank correlation between two orders of the same items. */
    private static double rankCorrelation(List<String> a, List<String> b) {
        int n = a.size();
        double sumOfSquares = 0;
        for (int i = 0; i < n; i++) {
            double d = i - b.indexOf(a.get(i));
            sumOfSquares += d * d;
        }
        return 1 - 6 * sumOfSquares / ((double) n * ((long) n * n - 1));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
