package org.charter.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bson.Document;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.mongo.KeySlices;

/**
 * The event store on MongoDB without transactions. One document per append (a {@link Commit})
 * in the {@code events} collection, {@code _id = <streamId>#<first sequence>}: the unique
 * {@code _id} decides a race between two appends at the same expected version, and one document
 * makes a multi-event append all-or-nothing. A unique index on (streamId, last) lets an append
 * check by exact key that its expected version is a real commit boundary, so commits never
 * overlap. Before the commit is written its {@link Outbox} entry is, so the relay cannot miss it;
 * a write that fails ambiguously is read back, so a commit that was written is answered as
 * appended and its outbox entry written again.
 */
public class MongoEventStore implements EventStore {

    public static final String COLLECTION = "events";

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoCollection<Document> commits;
    private final Outbox outbox;
    private final EventJson json;
    private final Clock clock;
    private final Duration rearmAfter;
    private final Counter appended;
    private final Counter conflicts;
    private final Timer appendTimer;
    private final CommitWriter writer;
    private final KnownBoundaries knownBoundaries = new KnownBoundaries(100_000);
    private final LoadedStreams loadedStreams = new LoadedStreams(200_000);
    private final List<Runnable> appendListeners = new CopyOnWriteArrayList<>();
    private final int maxEventBytes;

    /** Kafka's default record limit (1 MiB) less room for the CloudEvents headers. */
    public static final int DEFAULT_MAX_EVENT_BYTES = 1_000_000;

    /**
     * @param rearmAfter an append slower than this writes its outbox entry again after the commit,
     *                   so a relay that dropped the entry as abandoned still publishes it (half the
     *                   relay's grace period)
     */
    public MongoEventStore(MongoDatabase database, Outbox outbox, EventJson json, Clock clock, Duration rearmAfter,
                           MeterRegistry meters) {
        this(database, outbox, json, clock, rearmAfter, DEFAULT_MAX_EVENT_BYTES, meters);
    }

    /**
     * @param maxEventBytes the largest event data (JSON, UTF-8) the service's Kafka accepts as one
     *                      record, with room for the envelope's headers; a larger event is refused
     *                      before it is stored, for stored it would block its stream's publication
     */
    public MongoEventStore(MongoDatabase database, Outbox outbox, EventJson json, Clock clock, Duration rearmAfter,
                           int maxEventBytes, MeterRegistry meters) {
        this.maxEventBytes = maxEventBytes;
        this.commits = database.getCollection(COLLECTION);
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.rearmAfter = rearmAfter;
        this.appended = Counter.builder("charter.events.appended").description("events appended to the event store")
                .register(meters);
        this.conflicts = Counter.builder("charter.events.append.conflicts")
                .description("appends refused because the stream had moved on").register(meters);
        this.appendTimer = Timer.builder("charter.events.append").description("time to append one command's events")
                .register(meters);
        // two turns: one stalled request must not stop every append of the service (ADR 0009)
        this.writer = new CommitWriter(outbox, this::insert, this::commits, 2, 1_000, meters);
        commits.createIndex(new Document("streamId", 1).append("last", 1),
                new IndexOptions().unique(true).name("streamId_last"));
    }

    @Override
    public AppendResult append(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                               CommandContext context) {
        if (streamId == null || streamId.isBlank()) {
            throw new IllegalArgumentException("streamId must not be blank");
        }
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be 0 (no stream) or more, was " + expectedVersion);
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append to " + streamId);
        }
        long started = System.nanoTime();
        try {
            Commit commit = commitOf(streamId, expectedVersion, events, context);
            if (expectedVersion > NO_STREAM && !isCommitBoundary(streamId, expectedVersion)) {
                return conflict(streamId, expectedVersion);
            }
            CommitWriter.Outcome outcome = writer.write(commit);
            if (outcome instanceof CommitWriter.Outcome.Duplicate) {
                return conflict(streamId, expectedVersion);
            }
            if (outcome instanceof CommitWriter.Outcome.Failed failed) {
                throw failed.cause();
            }
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(rearmAfter) > 0) {
                outbox.expect(List.of(commit), clock.instant());
            }
            knownBoundaries.remember(streamId, commit.lastSequence());
            appended.increment(events.size());
            appendListeners.forEach(Runnable::run);
            return new AppendResult.Appended(commit.lastSequence(), commit.toRecordedEvents(events));
        } finally {
            appendTimer.record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Runs {@code listener} after every successful append (the relay ends its idle wait); it must return at once. */
    public void onAppend(Runnable listener) {
        appendListeners.add(listener);
    }

    /**
     * Writes commit documents, one unordered insertMany: the single write that makes appends
     * happen; a duplicate key is that commit's conflict.
     */
    protected void insert(List<Document> commitDocuments) {
        commits.insertMany(commitDocuments, UNORDERED);
    }

    @Override
    public List<RecordedEvent> load(String streamId) {
        return load(streamId, NO_STREAM);
    }

    @Override
    public List<RecordedEvent> load(String streamId, long afterVersion) {
        LoadedStreams.Loaded known = loadedStreams.get(streamId);
        if (known != null && afterVersion <= known.version()) {
            List<RecordedEvent> all = LoadedStreams.concat(known.events(), commitsAfter(streamId, known.version()));
            if (all != known.events()) {
                loadedStreams.remember(streamId, all, all.get(all.size() - 1).sequence());
            }
            return afterVersion == NO_STREAM ? all : all.stream().filter(e -> e.sequence() > afterVersion).toList();
        }
        if (afterVersion > NO_STREAM && !isCommitBoundary(streamId, afterVersion)) {
            // inside a multi-event commit (or beyond the end): walk from the start and cut
            return load(streamId).stream().filter(e -> e.sequence() > afterVersion).toList();
        }
        List<RecordedEvent> events = commitsAfter(streamId, afterVersion);
        if (afterVersion == NO_STREAM) {
            loadedStreams.remember(streamId, events, events.isEmpty() ? NO_STREAM : events.get(events.size() - 1).sequence());
        }
        return events;
    }

    /** The events of the commits after this commit boundary, one exact-key lookup a commit (and one that finds none). */
    private List<RecordedEvent> commitsAfter(String streamId, long boundary) {
        List<RecordedEvent> events = new ArrayList<>();
        long next = boundary + 1;
        for (Optional<Commit> c = commit(streamId, next); c.isPresent(); c = commit(streamId, next)) {
            events.addAll(c.get().toRecordedEvents(json));
            next = c.get().lastSequence() + 1;
        }
        knownBoundaries.remember(streamId, next - 1);
        return events;
    }

    @Override
    public long version(String streamId) {
        LoadedStreams.Loaded known = loadedStreams.get(streamId);
        return versionFrom(streamId, known == null ? NO_STREAM : known.version());
    }

    /** The commit that starts at this sequence, looked up by its exact key. */
    public Optional<Commit> commit(String streamId, long firstSequence) {
        return Optional.ofNullable(commits.find(Filters.eq("_id", Commit.key(streamId, firstSequence))).first())
                .map(CommitDocuments::fromDocument);
    }

    /** The commits with these keys ({@link Commit#key}), by key, in queries on the unique {@code _id}. */
    public Map<String, Commit> commits(Collection<String> keys) {
        Map<String, Commit> found = new HashMap<>();
        for (List<String> slice : KeySlices.of(keys)) {
            for (Document d : commits.find(Filters.in("_id", slice)).batchSize(slice.size())) {
                found.put(d.getString("_id"), CommitDocuments.fromDocument(d));
            }
        }
        return found;
    }

    /**
     * Every commit from the start, each stream in sequence order (streams one after another).
     * For rebuilding read models; it reads the whole collection.
     */
    public void replay(Consumer<Commit> consumer) {
        for (Document d : commits.find().sort(Sorts.ascending("streamId", "sequence")).batchSize(1_000)) {
            consumer.accept(CommitDocuments.fromDocument(d));
        }
    }

    /** The streams with a commit written at or after an instant (by the writers' clocks). */
    public Set<String> streamsWrittenSince(Instant since) {
        Set<String> streams = new TreeSet<>();
        for (Document d : commits.find(Filters.gte("time", Date.from(since))).projection(new Document("streamId", 1))) {
            streams.add(d.getString("streamId"));
        }
        return streams;
    }

    private boolean isCommitBoundary(String streamId, long version) {
        if (knownBoundaries.isBoundary(streamId, version)) {
            return true;
        }
        boolean boundary = commits.find(new Document("streamId", streamId).append("last", version))
                .projection(new Document("_id", 1)).first() != null;
        if (boundary) {
            knownBoundaries.remember(streamId, version);
        }
        return boundary;
    }

    private long versionFrom(String streamId, long knownBoundary) {
        long version = knownBoundary;
        for (Optional<Commit> c = commit(streamId, version + 1); c.isPresent(); c = commit(streamId, version + 1)) {
            version = c.get().lastSequence();
        }
        knownBoundaries.remember(streamId, version);
        return version;
    }

    private AppendResult conflict(String streamId, long expectedVersion) {
        conflicts.increment();
        long hint = expectedVersion > NO_STREAM && isCommitBoundary(streamId, expectedVersion) ? expectedVersion : NO_STREAM;
        return new AppendResult.VersionConflict(streamId, expectedVersion, versionFrom(streamId, hint));
    }

    private Commit commitOf(String streamId, long expectedVersion, List<? extends DomainEvent> events,
                            CommandContext context) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // what a BSON date keeps
        List<Commit.StoredEvent> stored = new ArrayList<>(events.size());
        long sequence = expectedVersion;
        for (DomainEvent e : events) {
            String data = json.write(e);
            requirePublishable(e, data);
            stored.add(new Commit.StoredEvent(UUID.randomUUID(), json.types().typeOf(e), ++sequence, data));
        }
        return new Commit(streamId, expectedVersion + 1, sequence, now, context.correlationId(),
                context.causationId(), context.actor(), List.copyOf(stored));
    }

    private void requirePublishable(DomainEvent event, String data) {
        // a UTF-8 character takes at most 3 bytes per UTF-16 unit: most events need no exact count
        if ((long) data.length() * 3 <= maxEventBytes) {
            return;
        }
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxEventBytes) {
            throw new RuleViolation("EVENT_TOO_LARGE", "the command would record a " + json.types().typeOf(event)
                    + " of " + bytes + " bytes, more than the " + maxEventBytes + " bytes one event may have;"
                    + " shorten its text fields");
        }
    }
}
