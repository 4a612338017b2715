package org.charter.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy between the workflow service and the committee service that a test can break:
 * {@link #cut()} (every connection is dropped before a byte goes through: the committee is
 * unreachable), {@link #loseAnswers()} (requests reach the committee, which acts, but its answers
 * never come back) and {@link #restore()}. It notes every connection attempt and every request
 * line that went through, so a test can see the caller's retries and their backoff.
 */
final class CommitteeLink implements AutoCloseable {

    enum State { CONNECTED, CUT, ANSWERS_LOST }

    /** What came to the link: a connection it cut, or a request line it passed on. */
    record Seen(Instant at, State state, String requestLine) {
    }

    private static final Pattern REQUEST_LINE = Pattern.compile("(GET|POST|PUT|DELETE|PATCH) (\\S+) HTTP/1\\.1\r\n");

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int upstreamPort = -1;
    private volatile State state = State.CONNECTED;

    private CommitteeLink(ServerSocket server) {
        this.server = server;
    }

    static CommitteeLink open() throws IOException {
        CommitteeLink link = new CommitteeLink(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(link::accept, "committee-link");
        acceptor.setDaemon(true);
        acceptor.start();
        return link;
    }

    int port() {
        return server.getLocalPort();
    }

    void forwardTo(int committeePort) {
        this.upstreamPort = committeePort;
    }

    /** Nothing reaches the committee any more; connections already open are dropped too. */
    void cut() {
        state = State.CUT;
        dropOpenConnections();
    }

    /** Requests reach the committee, its answers are dropped (the connection closes as the answer starts). */
    void loseAnswers() {
        state = State.ANSWERS_LOST;
        dropOpenConnections();
    }

    void restore() {
        state = State.CONNECTED;
    }

    /** Everything the link saw since {@code since}, in order. */
    List<Seen> seenSince(Instant since) {
        return seen.stream().filter(s -> !s.at().isBefore(since)).toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                State now = state;
                if (now == State.CUT || upstreamPort < 0) {
                    seen.add(new Seen(Instant.now(), State.CUT, null));
                    client.setSoLinger(true, 0); // a reset, as from a host that went away
                    client.close();
                    continue;
                }
                Socket committee;
                try {
                    committee = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                } catch (IOException down) {
                    seen.add(new Seen(Instant.now(), State.CUT, "the committee is down: " + down.getMessage()));
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                open.add(committee);
                pump(client, committee, true, now);
                pump(committee, client, false, now);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    seen.add(new Seen(Instant.now(), State.CUT, "accept failed: " + e.getMessage()));
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean requests, State mode) {
        Thread thread = new Thread(() -> {
            StringBuilder text = new StringBuilder();
            int noted = 0;
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (requests) {
                        text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                        Matcher lines = REQUEST_LINE.matcher(text);
                        int found = 0;
                        while (lines.find()) {
                            if (++found > noted) {
                                seen.add(new Seen(Instant.now(), mode, lines.group(1) + " " + lines.group(2)));
                            }
                        }
                        noted = found;
                    } else if (mode == State.ANSWERS_LOST) {
                        break; // the committee answered: the caller never hears it
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // either side went away: close both below
            } finally {
                open.remove(from);
                open.remove(to);
                closeQuietly(from);
                closeQuietly(to);
            }
        }, requests ? "committee-link-requests" : "committee-link-answers");
        thread.setDaemon(true);
        thread.start();
    }

    private void dropOpenConnections() {
        open.forEach(CommitteeLink::closeQuietly);
        open.clear();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        dropOpenConnections();
    }
}
