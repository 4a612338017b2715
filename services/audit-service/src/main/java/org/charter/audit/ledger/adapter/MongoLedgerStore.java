package org.charter.audit.ledger.adapter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.conversions.Bson;
import org.charter.audit.ledger.Checkpoint;
import org.charter.audit.ledger.LedgerEntry;
import org.charter.audit.ledger.LedgerStore;
import org.charter.platform.mongo.KeySlices;

/**
 * The ledger in the service's own database: {@code ledger_entries} ({@code _id} = position, a
 * unique event id) and {@code ledger_checkpoints} ({@code _id} = number). One document per entry
 * and per checkpoint; no write ever spans two documents atomically.
 */
public final class MongoLedgerStore implements LedgerStore {

    public static final String ENTRIES = "ledger_entries";
    public static final String CHECKPOINTS = "ledger_checkpoints";

    private static final int LISTED_POSITIONS = 5_000;
    /** Entries per reply when streaming (about 1.3 KB each): fewer round trips, each well under 16 MB. */
    private static final int READ_BATCH = 2_000;
    /** Entries handed at a time from the reading thread to the consumer of a read ahead. */
    private static final int READ_AHEAD_CHUNK = 500;

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> checkpoints;
    /** The same collection read straight into entries ({@link LedgerEntryCodec}). */
    private final MongoCollection<LedgerEntry> entriesRead;

    public MongoLedgerStore(MongoDatabase database) {
        this.entries = database.getCollection(ENTRIES);
        this.checkpoints = database.getCollection(CHECKPOINTS);
        this.entriesRead = entries.withDocumentClass(LedgerEntry.class).withCodecRegistry(
                CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(new LedgerEntryCodec()), entries.getCodecRegistry()));
        entries.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true).name("eventId_unique"));
        entries.createIndex(Indexes.ascending("hash"), new IndexOptions().name("hash"));
        entries.createIndex(Indexes.ascending("topic", "partition", "offset"), new IndexOptions().name("topic_offset"));
        entries.createIndex(Indexes.ascending("subject", "_id"), new IndexOptions().name("subject_position"));
        entries.createIndex(Indexes.ascending("time", "_id"), new IndexOptions().name("time_position"));
    }

    @Override
    public Optional<LedgerEntry> last() {
        return Optional.ofNullable(entries.find().sort(Sorts.descending("_id")).limit(1).first()).map(MongoLedgerStore::entry);
    }

    @Override
    public Set<UUID> recorded(Collection<UUID> eventIds) {
        Set<UUID> recorded = new HashSet<>();
        for (List<String> slice : KeySlices.of(eventIds.stream().map(UUID::toString).toList())) {
            for (Document d : entries.find(Filters.in("eventId", slice)).projection(new Document("eventId", 1))) {
                recorded.add(UUID.fromString(d.getString("eventId")));
            }
        }
        return recorded;
    }

    @Override
    public void append(List<LedgerEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            // ordered: a failure leaves exactly the entries before it, a valid prefix of the chain
            entries.insertMany(batch.stream().map(MongoLedgerStore::document).toList(), new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            boolean taken = e.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (taken) {
                throw new PositionTaken("another writer holds a position or an event id of this batch: "
                        + e.getWriteErrors().get(0).getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Checkpoint> lastCheckpoint() {
        return Optional.ofNullable(checkpoints.find().sort(Sorts.descending("_id")).limit(1).first())
                .map(MongoLedgerStore::checkpoint);
    }

    @Override
    public void save(Checkpoint c) {
        try {
            checkpoints.insertOne(document(c));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public long count() {
        return entries.countDocuments();
    }

    /** Read ahead on a thread of its own ({@link ReadAhead}): the whole ledger is the long read. */
    @Override
    public Stream<LedgerEntry> inPositionOrder() {
        return readAhead(entriesRead.find().sort(Sorts.ascending("_id")));
    }

    /**
     * The collection in its natural order, unsorted: what mongo-java-server answers without sorting
     * the whole collection (a comparison per pair, each splitting the sort key's path with a regular
     * expression) and MongoDB with a collection scan instead of a walk of the {@code _id} index.
     */
    @Override
    public Stream<LedgerEntry> asStored() {
        return readAhead(entriesRead.find());
    }

    /**
     * The collection's natural order in two parts, by a limit and a skip with no filter: on
     * mongo-java-server neither matches a document against anything (a filter on {@code _id} would
     * be matched against every document of the collection, for each part), so the two parts cost
     * the server what the whole does, and each cursor's replies are encoded by a worker of its own.
     */
    @Override
    public Stream<LedgerEntry> asStored(long count, boolean first) {
        int n = Math.toIntExact(count);
        return readAhead(first ? entriesRead.find().limit(n) : entriesRead.find().skip(n));
    }

    /**
     * The entries a filter selects, in the order given, each made into what {@code as} makes of it
     * on a reading thread of its own ({@link ReadAhead}), so that a reader who parses every entry
     * (replay, re-tally) shares that work with the thread that receives them; {@code order} null for the
     * collection's own order (no sort); close the stream.
     */
    public <T> Stream<T> stream(Bson filter, Bson order, Function<? super LedgerEntry, ? extends T> as) {
        return ReadAhead.stream(entriesRead.find(filter).sort(order).batchSize(READ_BATCH).iterator(), READ_AHEAD_CHUNK, as);
    }

    private Stream<LedgerEntry> readAhead(FindIterable<LedgerEntry> found) {
        return ReadAhead.stream(found.batchSize(READ_BATCH).iterator(), READ_AHEAD_CHUNK);
    }

    /** The entries a filter selects, in position order; close the stream. */
    public Stream<LedgerEntry> stream(Bson filter) {
        return stream(filter, Sorts.ascending("_id"));
    }

    /** The entries a filter selects, in the order given; close the stream. */
    public Stream<LedgerEntry> stream(Bson filter, Bson order) {
        return stream(entriesRead.find(filter).sort(order).batchSize(READ_BATCH).iterator());
    }

    private static Stream<LedgerEntry> stream(MongoCursor<LedgerEntry> cursor) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }

    @Override
    public List<LedgerEntry> between(long from, long to) {
        List<LedgerEntry> found = new ArrayList<>();
        entriesRead.find(positions(from, to)).sort(Sorts.ascending("_id")).into(found);
        return found;
    }

    /**
     * The positions {@code from..to}: as a list of up to {@value #LISTED_POSITIONS} values, which
     * the in-memory MongoDB-protocol server answers from its {@code _id} index (it scans the
     * collection for a range), as a range beyond that.
     */
    static Bson positions(long from, long to) {
        if (to < from) {
            return Filters.in("_id", List.of());
        }
        if (to - from < LISTED_POSITIONS) {
            return Filters.in("_id", LongStream.rangeClosed(from, to).boxed().toList());
        }
        return Filters.and(Filters.gte("_id", from), Filters.lte("_id", to));
    }

    @Override
    public Optional<LedgerEntry> at(long position) {
        return Optional.ofNullable(entriesRead.find(Filters.eq("_id", position)).first());
    }

    @Override
    public OptionalLong positionOf(String hash) {
        Document d = entries.find(Filters.eq("hash", hash)).projection(new Document("_id", 1)).first();
        return d == null ? OptionalLong.empty() : OptionalLong.of(((Number) d.get("_id")).longValue());
    }

    /** The entries recorded from these offsets of one partition. */
    public List<LedgerEntry> atOffsets(String topic, int partition, long fromOffset, long toOffset) {
        List<LedgerEntry> found = new ArrayList<>();
        entriesRead.find(Filters.and(Filters.eq("topic", topic), Filters.eq("partition", partition),
                Filters.gte("offset", fromOffset), Filters.lte("offset", toOffset))).into(found);
        return found;
    }

    @Override
    public List<Checkpoint> checkpoints() {
        List<Checkpoint> all = new ArrayList<>();
        checkpoints.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(checkpoint(d)));
        return all;
    }

    static Document document(LedgerEntry e) {
        return new Document("_id", e.position())
                .append("eventId", e.eventId().toString())
                .append("topic", e.topic())
                .append("partition", e.partition())
                .append("offset", e.offset())
                .append("type", e.type())
                .append("subject", e.subject())
                .append("time", e.time() == null ? null : Date.from(e.time()))
                .append("event", e.event())
                .append("eventHash", e.eventHash())
                .append("previousHash", e.previousHash())
                .append("hash", e.hash());
    }

    static LedgerEntry entry(Document d) {
        Date time = d.getDate("time");
        return new LedgerEntry(((Number) d.get("_id")).longValue(), UUID.fromString(d.getString("eventId")),
                d.getString("topic"), ((Number) d.get("partition")).intValue(), ((Number) d.get("offset")).longValue(),
                d.getString("type"), d.getString("subject"), time == null ? null : time.toInstant(), d.getString("event"),
                d.getString("eventHash"), d.getString("previousHash"), d.getString("hash"));
    }

    private static Document document(Checkpoint c) {
        return new Document("_id", c.number())
                .append("fromPosition", c.fromPosition())
                .append("toPosition", c.toPosition())
                .append("merkleRoot", c.merkleRoot())
                .append("lastHash", c.lastHash())
                .append("offsets", c.offsets().stream().map(o -> new Document("topic", o.topic())
                        .append("partition", o.partition()).append("from", o.from()).append("to", o.to())).toList());
    }

    private static Checkpoint checkpoint(Document d) {
        List<Checkpoint.Offsets> offsets = d.getList("offsets", Document.class).stream()
                .map(o -> new Checkpoint.Offsets(o.getString("topic"), ((Number) o.get("partition")).intValue(),
                        ((Number) o.get("from")).longValue(), ((Number) o.get("to")).longValue())).toList();
        return new Checkpoint(((Number) d.get("_id")).longValue(), ((Number) d.get("fromPosition")).longValue(),
                ((Number) d.get("toPosition")).longValue(), d.getString("merkleRoot"), d.getString("lastHash"), offsets);
    }

}
