package org.charter.embedded.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) on 127.0.0.1: any MongoDB driver
 * talks to it over a socket as it would to mongod.
 */
public final class InProcessMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InProcessMongoServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final MongoServer server;
    private final String connectionString;
    private volatile boolean closed;

    private InProcessMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.connectionString = "mongodb://" + LOOPBACK + ":" + address.getPort();
    }

    /** In memory, random free port: for tests. */
    public static InProcessMongoServer startInMemory() {
        return startInMemory(0);
    }

    /** In memory at {@code port} (0 = a random free port): nothing survives the process. */
    public static InProcessMongoServer startInMemory(int port) {
        return start(new MemoryBackend(), port);
    }

    /**
     * Durable on acknowledgement, in the H2 (MVStore) file {@code file}: every acknowledged command
     * survives a crash of the process. {@code port} 0 picks a random free port.
     */
    public static InProcessMongoServer startDurable(Path file, int port) {
        return start(DurableH2Backend.open(file), port);
    }

    /** A server on {@code backend} at {@code port} (0 = a random free port). */
    public static InProcessMongoServer start(MongoBackend backend, int port) {
        long begin = System.nanoTime();
        MongoServer server = new MongoServer(backend);
        server.bind(LOOPBACK, port);
        InetSocketAddress address = server.getLocalAddress();
        InProcessMongoServer started = new InProcessMongoServer(server, address);
        log.info("MongoDB wire-protocol server ({}) started in {} ms at {}",
                backend.getClass().getSimpleName(), (System.nanoTime() - begin) / 1_000_000, started.connectionString);
        return started;
    }

    /** {@code mongodb://127.0.0.1:<port>} */
    public String connectionString() {
        return connectionString;
    }

    /** Stops accepting connections, then closes the backend (which commits a file backend). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdownNow();
        log.info("MongoDB wire-protocol server at {} stopped", connectionString);
    }

    @Override
    public String toString() {
        return "MongoDB wire-protocol server at " + connectionString;
    }
}
