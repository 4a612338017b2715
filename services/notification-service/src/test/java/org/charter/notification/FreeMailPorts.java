package org.charter.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The SMTP and IMAP ports the integration tests' GreenMail listens on: two ports the system found
 * free when the test JVM first asked, never the embedded default's 3025/3143 nor any fixed pair, so
 * a devstack or another build on the machine cannot collide with the tests.
 */
public final class FreeMailPorts {

    public static final int SMTP;
    public static final int IMAP;

    static {
        // both sockets open at once, so the system cannot hand out the same port twice
        try (ServerSocket smtp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket imap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SMTP = smtp.getLocalPort();
            IMAP = imap.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the tests' mail server", e);
        }
    }

    private FreeMailPorts() {
    }
}
