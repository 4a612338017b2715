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
import java.security.SecureRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bson.Document;
import org.charter.election.ballot.BallotSeal;
import org.charter.election.ballot.FillingSlots;
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
    /**
     * Large enough that an order with no relation to casting keeps clear of the bound: under
     * independence Spearman's rho has a standard deviation of 1/sqrt(n-1), 0.058 here, so the bound
     * of 0.3 is 5.2 of them (about one false alarm in a million runs of the four checks; with 120
     * voters it was 3.3 and CI met it once). Each ballot lists the free slots, so the cost grows
     * with the square of the electorate.
     */
    private static final int ELECTORATE = 300;
    private static final String KEY = "5d0c7a52-8f3e-4b61-9a27-c4e8d1f03b96";

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
                box.put(new SealedBallot(CONTEST, List.of("C" + (k % 3)), receipt), "voter-" + k, KEY);
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
            box.put(ballot, "one", KEY);
            box.put(ballot, "one", KEY);
            assertThat(box.contents(CONTEST)).containsExactly(ballot);
            Document claim = database.getCollection(MongoBallotClaims.COLLECTION).find().first();
            assertThat(claim.keySet()).as("a claim: its id and the sealed slot").containsExactlyInAnyOrder("_id", "sealed");
            assertThat(claim.toJson()).doesNotContain(ballot.receipt(), filledSlot(database, ballot));
            Document filled = database.getCollection(MongoBallotBox.COLLECTION)
                    .find(new Document("receipt", ballot.receipt())).first();
            assertThat(filled.keySet()).containsExactlyInAnyOrder("_id", "contestId", "ranking", "receipt");
            Document free = database.getCollection(MongoBallotBox.COLLECTION)
                    .find(new Document("freeIn", CONTEST)).first();
            assertThat(free.keySet()).containsExactlyInAnyOrder("_id", "freeIn");

            box.put(new SealedBallot(CONTEST, List.of("C2"), sha256("two")), "two", KEY);
            assertThatThrownBy(() -> box.put(new SealedBallot(CONTEST, List.of("C1"), sha256("three")), "three", KEY))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no free ballot slot");
            assertThat(box.contents(CONTEST)).hasSize(2);
            assertThat(box.contents("E-2026-ec:other")).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "durable"})
    void a_ballot_boxed_before_claims_were_kept_is_not_boxed_again_by_its_retry(String backend) {
        withBox(backend, (database, box) -> {
            box.provide(CONTEST, 3);
            SealedBallot ballot = new SealedBallot(CONTEST, List.of("C1"), sha256("boxed under ADR 0065"));
            String slot = database.getCollection(MongoBallotBox.COLLECTION).find().first().getString("_id");
            database.getCollection(MongoBallotBox.COLLECTION).updateOne(new Document("_id", slot), new Document("$unset",
                    new Document("freeIn", "")).append("$set", new Document("contestId", CONTEST)
                    .append("ranking", ballot.ranking()).append("receipt", ballot.receipt())));
            box.put(ballot, "early", KEY);
            assertThat(box.contents(CONTEST)).containsExactly(ballot);
            assertThat(database.getCollection(MongoBallotBox.COLLECTION).countDocuments(new Document("freeIn", CONTEST)))
                    .isEqualTo(2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "durable"})
    void slots_allocated_half_way_are_topped_up_with_the_same_ids_and_never_beyond_the_electorate(String backend) {
        withBox(backend, (database, box) -> {
            new MongoBallotBox(database).provide(CONTEST, 4);
            // another process (a fresh box: nothing remembered) finishing the allocation, twice
            new MongoBallotBox(database).provide(CONTEST, 9);
            new MongoBallotBox(database).provide(CONTEST, 9);
            assertThat(naturalOrder(database, d -> d.getString("_id"))).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(0, 9).mapToObj(i -> MongoBallotBox.slotId(CONTEST, i)).toList());
        });
    }

    /**
     * Two replicas of the service (two boxes on two connections, nothing shared but the database) put the
     * same ballot at the same moment, as a client's retry racing its first request on another replica would,
     * and both allocate the contest's slots at that moment: in every round exactly one slot holds the
     * ballot and the contest has exactly its electorate's slots (ADR 0067).
     */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "durable"})
    void two_replicas_putting_the_same_ballot_at_once_fill_one_slot(String backend) throws Exception {
        int rounds = 60;
        int electorate = 6;
        try (InProcessMongoServer server = start(backend);
             MongoClient first = MongoClients.create(server.connectionString());
             MongoClient second = MongoClients.create(server.connectionString())) {
            List<Replica> replicas = List.of(new Replica(first.getDatabase("election")),
                    new Replica(second.getDatabase("election")));
            MongoDatabase database = first.getDatabase("election");
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < rounds; round++) {
                    String contest = "E-2026-ec:race-" + round;
                    SealedBallot ballot = new SealedBallot(contest, List.of("C" + round % 3), sha256("race " + round));
                    // a ballot cast before, so that a claim may meet a slot another ballot has taken
                    replicas.get(round % 2).put(new SealedBallot(contest, List.of("C1"), sha256("before " + round)),
                            contest, electorate, "early-" + round);
                    String voter = "voter-" + round;
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<?>> puts = new ArrayList<>();
                    for (Replica replica : replicas) {
                        puts.add(threads.submit(() -> {
                            together.await();
                            replica.put(ballot, contest, electorate, voter);
                            return null;
                        }));
                    }
                    for (Future<?> put : puts) {
                        put.get(60, TimeUnit.SECONDS);
                    }
                    assertThat(database.getCollection(MongoBallotBox.COLLECTION).countDocuments(new Document("receipt",
                            ballot.receipt()))).as("slots holding the ballot of round %d", round).isEqualTo(1);
                    assertThat(database.getCollection(MongoBallotBox.COLLECTION).countDocuments(new Document("$or", List.of(
                            new Document("freeIn", contest), new Document("contestId", contest)))))
                            .as("slots of round %d's contest", round).isEqualTo(electorate);
                    assertThat(replicas.get(1 - round % 2).contents(contest)).hasSize(2);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    /** What one replica holds of the ballot box: a box and claims on its own connection, its own seal and random. */
    private static final class Replica {
        final MongoBallotBox box;
        final FillingSlots filling;

        Replica(MongoDatabase database) {
            box = new MongoBallotBox(database);
            BallotSeal seal = new BallotSeal(new SecureRandom());
            filling = new FillingSlots(box, new MongoBallotClaims(database), seal, new SecureRandom());
        }

        /** As CastingBallots does it: the contest's slots, then the ballot. */
        void put(SealedBallot ballot, String contest, int electorate, String subject) {
            filling.provide(contest, electorate);
            filling.put(ballot, subject, KEY);
        }

        void provide(String contest, int electorate) {
            filling.provide(contest, electorate);
        }

        void put(SealedBallot ballot, String subject, String key) {
            filling.put(ballot, subject, key);
        }

        List<SealedBallot> contents(String contest) {
            return box.contents(contest);
        }
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
                    String voter = "voter-" + k;
                    for (int copy = 0; copy < (k % 5 == 0 ? 2 : 1); copy++) { // every fifth twice: a retry racing its first
                        casts.add(voters.submit(() -> {
                            start.await();
                            box.provide(CONTEST, electorate);
                            box.put(ballot, voter, KEY);
                            return null;
                        }));
                    }
                }
                start.countDown();
                for (Future<?> cast : casts) {
                    cast.get(60, TimeUnit.SECONDS);
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
        void run(MongoDatabase database, Replica box);
    }

    private void withBox(String backend, BoxTest test) {
        try (InProcessMongoServer server = start(backend);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("election");
            test.run(database, new Replica(database));
        }
    }

    private InProcessMongoServer start(String backend) {
        return backend.equals("memory") ? InProcessMongoServer.startInMemory()
                : InProcessMongoServer.startDurable(dir.resolve("box.mv"), 0);
    }

    private static String filledSlot(MongoDatabase database, SealedBallot ballot) {
        return database.getCollection(MongoBallotBox.COLLECTION).find(new Document("receipt", ballot.receipt())).first()
                .getString("_id");
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
