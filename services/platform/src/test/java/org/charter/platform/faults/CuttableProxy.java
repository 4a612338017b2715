package org.charter.platform.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy on loopback in front of a server, whose line can be cut (every connection closed,
 * new ones refused) and restored on the same port: an outage of the server as its clients see it.
 * It can also lose one answer: the next request that contains some bytes is held a while, then
 * forwarded (the server applies it), and nothing the server sends back on that connection reaches
 * the client, which sees its read time out, as when a write lands and its reply is lost.
 */
public final class CuttableProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicReference<LostReply> lostReply = new AtomicReference<>();
    private volatile ServerSocket listening;

    public CuttableProxy(String host, int targetPort) throws IOException {
        this.target = new InetSocketAddress(host, targetPort);
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        restore();
    }

    public int port() {
        return port;
    }

    public synchronized void cut() throws IOException {
        listening.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    public synchronized void restore() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = server;
        Thread acceptor = new Thread(() -> accept(server), "proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The next request whose bytes contain {@code marker} is held for {@code hold}, then forwarded,
     * and its connection's replies are swallowed from then on. The returned latch opens once the
     * request was forwarded.
     */
    public CountDownLatch loseTheReplyTo(byte[] marker, Duration hold) {
        LostReply lost = new LostReply(marker, hold);
        lostReply.set(lost);
        return lost.forwarded;
    }

    /**
     * The bytes of a BSON string element, {@code name: "value"}, as a MongoDB command carries them
     * (e.g. {@code insert: "events"} starts an insert into the {@code events} collection).
     */
    public static byte[] bsonString(String name, String value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bson = ByteBuffer.allocate(1 + n.length + 1 + 4 + v.length + 1).order(ByteOrder.LITTLE_ENDIAN);
        bson.put((byte) 0x02).put(n).put((byte) 0).putInt(v.length + 1).put(v).put((byte) 0);
        return bson.array();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream;
                synchronized (this) {
                    if (server.isClosed()) { // cut while this one was being accepted: it must not outlive the cut
                        closeQuietly(client);
                        return;
                    }
                    upstream = new Socket(target.getAddress(), target.getPort());
                    open.add(client);
                    open.add(upstream);
                }
                Line line = new Line();
                pump(client, upstream, line, true);
                pump(upstream, client, line, false);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, Line line, boolean requests) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    LostReply held = requests ? holdIfMarked(buffer, n, line) : null;
                    if (!requests && line.swallowing) {
                        continue;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (held != null) {
                        held.forwarded.countDown();
                    }
                }
            } catch (IOException cutOrClosed) {
                // the line was cut or a side hung up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    /** The lost reply this request arms (after holding it), or null. */
    private LostReply holdIfMarked(byte[] buffer, int n, Line line) throws InterruptedException {
        LostReply lost = lostReply.get();
        if (lost == null || !contains(buffer, n, lost.marker) || !lostReply.compareAndSet(lost, null)) {
            return null;
        }
        line.swallowing = true; // before the request goes: its reply may come at once
        Thread.sleep(lost.hold.toMillis());
        return lost;
    }

    private static boolean contains(byte[] buffer, int n, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= n; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (buffer[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    /** One client connection and its upstream. */
    private static final class Line {
        volatile boolean swallowing;
    }

    private record LostReply(byte[] marker, Duration hold, CountDownLatch forwarded) {
        LostReply(byte[] marker, Duration hold) {
            this(marker, hold, new CountDownLatch(1));
        }
    }
}
