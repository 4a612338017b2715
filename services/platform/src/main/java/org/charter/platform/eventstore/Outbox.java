package org.charter.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.charter.platform.mongo.KeySlices;

/**
 * The pending set of the relay: the keys of the commits not yet acknowledged by Kafka. One
 * document per group of commits written together ({@code keys}: their commit keys), written
 * before the commits; a key is pulled once published and an emptied document removed, so the
 * collection stays small in the usual case. The relay reads it a page at a time ({@link
 * #read(int)}), so a backlog (a broker away for an hour) costs it one page of memory, not the
 * whole backlog. A key may be named twice (a re-armed append, the loser of
 * a race naming the winner's key, an ambiguous write checked again): it is one entry.
 *
 * <p>Each key is stored with the id of its commit's first event ({@code <key>|<event id>}), so the
 * relay can tell the entry of the append that wrote a commit from the entry of a race's loser that
 * named the same key but never wrote it: a loser's entry written after the winner's commit was
 * published would otherwise publish that commit a second time. (An element without the id, as
 * written before, matches whatever commit has the key.)
 *
 * <p>A commit Kafka refuses for ever is <em>parked</em>: its key moves to a document of its own
 * carrying {@code parked: {reason, at}}, which the relay leaves alone (and its stream behind it)
 * until an operator {@linkplain #release releases} it. A key named by a parked document is
 * parked, whatever other documents name it.
 */
public final class Outbox {

    public static final String COLLECTION = "outbox";

    /**
     * A commit waiting to be published.
     *
     * @param createdAt when its append wrote the entry, by the writer's clock (for the lag gauge
     *                  only: nothing is decided on another process's clock)
     * @param parked    why it is held back, or null
     * @param firstEvents the first event ids of the commits its appends meant to write under this key;
     *                  empty when not known (any commit with the key is the one meant)
     */
    public record Entry(String key, String streamId, long sequence, Instant createdAt, Parked parked,
                        Set<UUID> firstEvents) {

        public Entry {
            firstEvents = Set.copyOf(firstEvents);
        }

        public boolean isParked() {
            return parked != null;
        }

        /**
         * Whether this commit is one an append that wrote this entry meant to write: false for a
         * commit written under the key by another append (this entry is then a race loser's).
         */
        public boolean names(Commit commit) {
            return firstEvents.isEmpty() || firstEvents.contains(commit.events().get(0).id());
        }

        public Entry parkedAs(Parked parkedNow) {
            return new Entry(key, streamId, sequence, createdAt, parkedNow, firstEvents);
        }
    }

    /**
     * Why a commit is held back.
     *
     * @param id     the parked document's id, which an operator names to release it
     * @param reason what Kafka answered
     */
    public record Parked(String id, String reason, Instant at) {
    }

    /** Longest reason kept: an exception message can be long, the outbox should stay small. */
    static final int MAX_REASON = 1_000;

    private static final char ID_SEPARATOR = '|';

    private static final Comparator<Entry> STREAM_ORDER =
            Comparator.comparing(Entry::streamId).thenComparingLong(Entry::sequence);

    private final MongoCollection<Document> entries;

    public Outbox(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
    }

    /** Records, in one document, that these commits are about to be written. */
    void expect(List<Commit> commits) {
        expect(commits, commits.get(0).time());
    }

    /** As {@link #expect(List)}, with this creation time (a re-armed entry's). */
    void expect(List<Commit> commits, Instant now) {
        entries.insertOne(new Document("keys", commits.stream().map(Outbox::elementOf).toList())
                .append("createdAt", Date.from(now)));
    }

    /** Every pending entry, once each, ordered by stream and sequence. */
    public List<Entry> pending() {
        return read().entries();
    }

    /** Reads the pending set whole: its entries, and which outbox document names which key. */
    public Pending read() {
        Reading reading = new Reading();
        for (Document d : entries.find().projection(PROJECTION).batchSize(10_000)) {
            reading.add(d, Map.of(), Map.of());
        }
        return reading.done(true, 0);
    }

    /**
     * Reads one page of the pending set: the first outbox documents in the collection's natural
     * (insertion) order until they name {@code pageSize} entries, and every parked entry. When
     * more is pending beyond the page, it also reads every entry elsewhere of the page's streams
     * that is not after the page's last entry of its stream (a parked one, an entry re-armed
     * later, one in a document that came after in the natural order): so a stream's entries in
     * the page are never sent before an earlier entry of it that the page missed.
     */
    public Pending read(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one entry: " + pageSize);
        }
        Reading reading = new Reading();
        Set<Object> read = new HashSet<>();
        for (Document d : entries.find(Filters.exists("parked")).projection(PROJECTION)) {
            read.add(d.get("_id"));
            reading.add(d, Map.of(), Map.of());
        }
        // a stream's entries behind a parked one wait for its release: they must not fill the page
        Map<String, Long> parkedAt = new HashMap<>();
        reading.byKey.values().forEach(e -> parkedAt.merge(e.streamId(), e.sequence(), Math::min));
        boolean complete = true;
        int inPage = 0;
        try (MongoCursor<Document> page = entries.find(Filters.exists("parked", false)).projection(PROJECTION)
                .batchSize(Math.min(pageSize + 1, 1_000)).iterator()) {
            while (page.hasNext()) {
                if (inPage >= pageSize) {
                    complete = false;
                    break;
                }
                Document d = page.next();
                read.add(d.get("_id"));
                inPage += reading.add(d, Map.of(), parkedAt);
            }
        }
        Map<String, Long> lastInPage = new HashMap<>();
        reading.byKey.values().stream().filter(e -> !e.isParked())
                .forEach(e -> lastInPage.merge(e.streamId(), e.sequence(), Math::max));
        if (!complete) {
            // slices of streams keep each regular expression short (a server may limit its size)
            for (List<String> streams : KeySlices.of(lastInPage.keySet())) {
                for (Document d : entries.find(Filters.and(Filters.exists("parked", false),
                        Filters.regex("keys", streamsPattern(streams)))).projection(PROJECTION)) {
                    if (read.add(d.get("_id"))) {
                        reading.add(d, lastInPage, parkedAt);
                    }
                }
            }
        }
        long beyond = complete ? 0 : Math.max(1, entries.estimatedDocumentCount() - read.size());
        return reading.done(complete, beyond);
    }

    private static final List<String> PROJECTION_FIELDS = List.of("keys", "createdAt", "parked");
    private static final org.bson.conversions.Bson PROJECTION = Projections.include(PROJECTION_FIELDS);

    /** Matches an element ({@code <stream>#<sequence>}, perhaps {@code |<event id>}) naming a commit of one of these streams. */
    static Pattern streamsPattern(Collection<String> streamIds) {
        StringBuilder alternatives = new StringBuilder();
        for (String streamId : streamIds) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(streamId));
        }
        return Pattern.compile("^(?:" + alternatives + ")#[0-9]+(?:\\|.*)?$");
    }

    /** The entries and documents of one read, as they come. */
    private static final class Reading {
        final Map<String, Entry> byKey = new HashMap<>();
        final Map<Object, List<String>> keysByDocument = new HashMap<>();

        /**
         * Adds a document's entries and returns how many it added: with {@code onlyUpTo} non-empty
         * (a read beyond the page) only those of its streams not after the sequence it names for
         * each, and never one after a parked entry of its stream ({@code parkedAt}).
         */
        int add(Document d, Map<String, Long> onlyUpTo, Map<String, Long> parkedAt) {
            Instant createdAt = d.getDate("createdAt").toInstant();
            List<String> elements = d.containsKey("keys") ? d.getList("keys", String.class) : List.of(d.getString("_id"));
            Parked parked = parkedOf(d);
            int taken = 0;
            for (String element : elements) {
                Entry entry = entryOf(element, createdAt, parked);
                Long last = onlyUpTo.isEmpty() ? Long.valueOf(Long.MAX_VALUE) : onlyUpTo.get(entry.streamId());
                Long parkedSequence = parkedAt.get(entry.streamId());
                if (last == null || entry.sequence() > last
                        || parkedSequence != null && entry.sequence() > parkedSequence) {
                    continue;
                }
                taken++;
                byKey.merge(entry.key(), entry, Outbox::merge);
            }
            if (parked == null && taken > 0) {
                keysByDocument.put(d.get("_id"), elements); // a parked document is only ever removed by its release
            }
            return taken;
        }

        Pending done(boolean complete, long documentsBeyond) {
            List<Entry> all = new ArrayList<>(byKey.values());
            all.sort(STREAM_ORDER);
            return new Pending(List.copyOf(all), keysByDocument, complete, documentsBeyond);
        }
    }

    private static Entry merge(Entry a, Entry b) {
        Entry kept;
        if (a.isParked() != b.isParked()) {
            kept = a.isParked() ? a : b;
        } else {
            kept = a.createdAt().isBefore(b.createdAt()) ? a : b;
        }
        Set<UUID> firstEvents = a.firstEvents().isEmpty() || b.firstEvents().isEmpty() ? Set.of()
                : union(a.firstEvents(), b.firstEvents());
        return new Entry(kept.key(), kept.streamId(), kept.sequence(), kept.createdAt(), kept.parked(), firstEvents);
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * Parks an entry: a document of its own names it with the reason, so the relay holds it (and
     * its stream behind it) until it is released. The caller then takes the key out of the
     * documents it was read from ({@link #remove}); until then it is named twice, and parked.
     */
    public Parked park(Entry entry, String reason, Instant at) {
        String kept = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "..." : reason;
        ObjectId id = new ObjectId();
        entries.insertOne(new Document("_id", id).append("keys", List.of(elementOf(entry)))
                .append("createdAt", Date.from(entry.createdAt()))
                .append("parked", new Document("reason", kept).append("at", Date.from(at))));
        return new Parked(id.toHexString(), kept, at);
    }

    /** The parked entries, by stream and sequence. */
    public List<Entry> parked() {
        List<Entry> parked = new ArrayList<>();
        for (Document d : entries.find(Filters.exists("parked"))) {
            for (String element : d.getList("keys", String.class)) {
                parked.add(entryOf(element, d.getDate("createdAt").toInstant(), parkedOf(d)));
            }
        }
        parked.sort(STREAM_ORDER);
        return parked;
    }

    /**
     * Releases a parked entry: it is pending again, and the relay sends it on its next round (it
     * is parked again if Kafka still refuses it). Empty when no parked entry has this id.
     */
    public Optional<Entry> release(String parkedId) {
        if (!ObjectId.isValid(parkedId)) {
            return Optional.empty();
        }
        Document released = entries.findOneAndUpdate(
                Filters.and(Filters.eq("_id", new ObjectId(parkedId)), Filters.exists("parked")),
                Updates.unset("parked"));
        if (released == null) {
            return Optional.empty();
        }
        String element = released.getList("keys", String.class).get(0);
        return Optional.of(entryOf(element, released.getDate("createdAt").toInstant(), parkedOf(released)));
    }

    /**
     * Takes these keys of an earlier read out of the pending set (published, or abandoned): a
     * document whose keys are all done is deleted (one request for all of them), one partly done
     * loses those keys.
     */
    public void remove(Pending read, Collection<String> done) {
        if (done.isEmpty()) {
            return;
        }
        Set<String> doneKeys = new HashSet<>(done);
        List<Object> emptied = new ArrayList<>();
        read.keysByDocument.forEach((id, elements) -> {
            List<String> pulled = elements.stream().filter(element -> doneKeys.contains(keyOf(element))).toList();
            if (pulled.size() == elements.size()) {
                emptied.add(id);
            } else if (!pulled.isEmpty()) {
                entries.updateOne(Filters.eq("_id", id), Updates.pullAll("keys", pulled));
            }
        });
        for (List<Object> slice : KeySlices.of(emptied)) {
            entries.deleteMany(Filters.in("_id", slice));
        }
    }

    /** One read of the outbox. */
    public static final class Pending {
        private final List<Entry> entries;
        private final Map<Object, List<String>> keysByDocument;

        private final boolean complete;
        private final long documentsBeyond;

        private Pending(List<Entry> entries, Map<Object, List<String>> keysByDocument, boolean complete,
                        long documentsBeyond) {
            this.entries = entries;
            this.keysByDocument = keysByDocument;
            this.complete = complete;
            this.documentsBeyond = documentsBeyond;
        }

        /** Whether this read holds every pending entry (false: a page, more is pending beyond it). */
        public boolean complete() {
            return complete;
        }

        /**
         * Outbox documents not read (an estimate: each names at least one entry); 0 for a complete
         * read.
         */
        public long documentsBeyond() {
            return documentsBeyond;
        }

        /** Once each, ordered by stream and sequence. */
        public List<Entry> entries() {
            return entries;
        }
    }

    /** Outbox documents (each a group of commits) waiting. */
    public long size() {
        return entries.estimatedDocumentCount();
    }

    private static String elementOf(Commit commit) {
        return commit.key() + ID_SEPARATOR + commit.events().get(0).id();
    }

    /** A parked entry's element: the one first event id it may have (a merged entry's is any of its commits'). */
    private static String elementOf(Entry entry) {
        return entry.firstEvents().size() == 1 ? entry.key() + ID_SEPARATOR + entry.firstEvents().iterator().next()
                : entry.key();
    }

    private static String keyOf(String element) {
        int bar = element.lastIndexOf(ID_SEPARATOR);
        return bar > element.lastIndexOf('#') ? element.substring(0, bar) : element;
    }

    private static Entry entryOf(String element, Instant createdAt, Parked parked) {
        String key = keyOf(element);
        Set<UUID> firstEvents = key.length() == element.length() ? Set.of()
                : Set.of(UUID.fromString(element.substring(key.length() + 1)));
        int hash = key.lastIndexOf('#');
        return new Entry(key, key.substring(0, hash), Long.parseLong(key.substring(hash + 1)), createdAt, parked,
                firstEvents);
    }

    private static Parked parkedOf(Document d) {
        Document parked = d.get("parked", Document.class);
        return parked == null ? null
                : new Parked(d.get("_id").toString(), parked.getString("reason"), parked.getDate("at").toInstant());
    }
}
