package org.charter.embedded.mongo;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * mongo-java-server's H2 (MVStore) file backend, made durable on acknowledgement: no answer leaves
 * the server before the store has been committed and forced to the disk ({@code fsync}) past
 * everything that answer reports, whether the command wrote it or only read it.
 * <p>
 * Why: the stock backend commits from a background thread about once a second, so a crash loses
 * the writes acknowledged in that window; and a commit alone only hands the data to the operating
 * system, so a power loss can still take it back. Here the MVStore never commits on its own
 * (auto-commit and its write buffer are off) and {@link GroupCommit} commits and forces on the
 * command path, one force per group of concurrent commands. Since commands see each other's
 * changes in the live store, reads wait for the force too (only when a write is in flight): the
 * outbox relay, or anyone, never hands on a change that a power loss could erase.
 * <p>
 * Every commit writes a new MVStore chunk (some 20 to 40 kB for one small insert). With the
 * background thread gone, a housekeeping task rewrites the live pages of sparse chunks every second
 * and dead chunks are reused after one second, so the file stays within tens of MB instead of
 * growing by hundreds (measured on 20,000 single commits: 433 MB with MVStore's defaults, 26 MB so).
 */
public final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /** Commands that never change data: they begin no write (but wait for the writes they may have seen). */
    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
            "find", "getMore", "count", "distinct", "listCollections", "listIndexes", "listDatabases",
            "hello", "isMaster", "ismaster", "ping", "buildInfo", "buildinfo", "serverStatus", "dbStats",
            "collStats", "hostInfo", "getCmdLineOpts", "getParameter", "whatsmyuri", "connectionStatus",
            "getLastError", "getlasterror", "getLog", "currentOp", "killCursors", "endSessions",
            "getFreeMonitoringStatus");
    /*
     * How long a chunk without live pages is kept before its space is reused. MVStore's 45 s
     * default guards against a disk that has not yet written what the chunks replacing it hold; here
     * every commit is forced before the next one can start, so a freed chunk is only overwritten
     * once the state that no longer needs it is on the disk. With a commit per group the file would
     * otherwise grow by some 40 kB per write for 45 s.
     */
    private static final int RETENTION_MILLIS = 1_000;
    private static final int HOUSEKEEPING_SECONDS = 1;
    private static final int TARGET_FILL_RATE = 80;
    /* bounded so that commands wait only briefly while live pages are rewritten */
    private static final int REWRITE_BYTES = 4 * 1024 * 1024;

    private final MVStore store;
    private final GroupCommit groupCommit;
    private final ScheduledExecutorService housekeeper;
    /*
     * Housekeeping runs for this many passes after the last command that wrote, then rests until
     * the next: a pass may always find some chunk below the fill rate (its own rewrites leave
     * some), so without a bound an idle store was rewritten every second.
     */
    private static final int PASSES_AFTER_LAST_WRITE = 30;
    /* a pass rewrites at most REWRITE_BYTES, which takes well under a second */
    private static final long CLOSE_WAIT_SECONDS = 30;
    /* only the housekeeping thread reads and writes these */
    private long commitsAtLastPass = -1;
    private int passesWithoutWrites;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.groupCommit = new GroupCommit(this::commitAndForce);
        this.housekeeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "charter-mongo-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeper.scheduleWithFixedDelay(this::compactSparseChunks, HOUSEKEEPING_SECONDS, HOUSEKEEPING_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens (or creates) the store file {@code file}; its parent directories are created. */
    public static DurableH2Backend open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(file.toAbsolutePath().toString());
    }

    /** Opens (or creates) the store named {@code h2FileName}, which may carry an H2 file system scheme. */
    static DurableH2Backend open(String h2FileName) {
        long begin = System.nanoTime();
        MVStore store = new MVStore.Builder()
                .fileName(h2FileName)
                .autoCommitDisabled()
                // no commit in the middle of a command: every commit is one the group commit forces
                .autoCommitBufferSize(0)
                .open();
        store.setRetentionTime(RETENTION_MILLIS);
        DurableH2Backend backend = new DurableH2Backend(store);
        log.info("Opened durable MongoDB store {} ({} bytes) in {} ms",
                h2FileName, store.getFileStore().size(), (System.nanoTime() - begin) / 1_000_000);
        return backend;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return groupCommit.run(() -> super.handleCommand(channel, databaseName, command, query), mayWrite(command, query));
    }

    /** A legacy OP_QUERY read: answered, like any read, only from what is on the disk. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return groupCommit.run(() -> {
            QueryResult result = super.handleQuery(query);
            // collected here: a lazy result read after the gate could see writes not yet forced
            return new QueryResult(result.collectDocuments(), result.getCursorId());
        }, false);
    }

    static boolean mayWrite(String command, Document query) {
        if (command.equals("aggregate")) {
            return writesOutput(query.get("pipeline"));
        }
        return !READ_ONLY_COMMANDS.contains(command);
    }

    private static boolean writesOutput(Object pipeline) {
        if (!(pipeline instanceof List<?> stages)) {
            return true; // unexpected shape: be safe
        }
        return stages.stream().anyMatch(stage -> stage instanceof Document d
                && (d.containsKey("$out") || d.containsKey("$merge")));
    }

    /** Number of commit-and-force rounds so far (several acknowledged commands may share one). */
    public long forces() {
        return groupCommit.forces();
    }

    private void commitAndForce() {
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
        store.sync();
    }

    private void compactSparseChunks() {
        long written = groupCommit.writes();
        if (written == commitsAtLastPass && ++passesWithoutWrites > PASSES_AFTER_LAST_WRITE) {
            return; // an idle store: nothing left to tidy that the last passes did not
        }
        if (written != commitsAtLastPass) {
            commitsAtLastPass = written;
            passesWithoutWrites = 0;
        }
        try {
            groupCommit.exclusively(() -> {
                if (!store.isClosed() && store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
                    commitAndForce();
                }
            });
        } catch (RuntimeException e) {
            log.warn("MongoDB store housekeeping failed; will retry", e);
        }
    }

    /** Waits for running commands and a housekeeping pass under way, then commits and closes the store. */
    @Override
    public void close() {
        // no interrupt: a thread interrupted inside the store's file I/O closes the file's channel
        // (NIO), and the store then fails to write its clean shutdown mark (seen in
        // MongoBallotBoxTest: "Writing to FileChannelImpl failed ... ClosedChannelException")
        housekeeper.shutdown();
        try {
            if (!housekeeper.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("MongoDB store housekeeping still running after {} s; closing the store under it", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        groupCommit.exclusively(super::close);
    }
}
