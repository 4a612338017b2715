package org.charter.embedded.mongo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for the crash tests: serves the durable store in {@code args[0]} on a random
 * port, announces {@code READY <connection string>} on stdout, and runs until killed (or until its
 * stdin closes, then it shuts down cleanly).
 */
public final class DurableMongoServerMain {

    public static void main(String[] args) throws IOException {
        InProcessMongoServer server = InProcessMongoServer.startDurable(Path.of(args[0]), 0);
        System.out.println("READY " + server.connectionString());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our stdin
        }
        server.close();
    }
}
