package org.charter.conventions.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written as bytes on a socket, for the requests no HTTP client would send: malformed
 * request lines, paths and percent-encodings, invalid or oversized headers, broken chunked
 * bodies. Every request says {@code Connection: close}; the answer is read until it is complete
 * or the server closes the connection. A server that closes without a status line, or says
 * nothing in time, gives {@link NoAnswer}.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] CRLF = {'\r', '\n'};

    private final String host;
    private final int port;
    private final Duration timeout;

    public RawHttp(int port) {
        this("127.0.0.1", port, Duration.ofSeconds(15));
    }

    public RawHttp(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    public int port() {
        return port;
    }

    /** A request to build: request line as given (nothing is encoded or checked), then headers, then the body. */
    public Request request(String method, String target) {
        return new Request(method, target);
    }

    /** Sends exactly these bytes and reads the answer. */
    public Answer send(byte[] raw) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(raw);
                out.flush();
            } catch (IOException refusedMidway) {
                // a server may answer (413, 431) and close before reading everything: read what it said
            }
            return read(socket.getInputStream(), raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + host + ":" + port, e);
        }
    }

    private Answer read(InputStream in, byte[] sent) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
                Answer complete = Answer.parse(received.toByteArray(), false);
                if (complete != null) {
                    return complete;
                }
            }
        } catch (SocketTimeoutException silent) {
            throw new NoAnswer("no complete answer within " + timeout + " to " + describe(sent)
                    + "; received: " + preview(received.toByteArray()));
        } catch (IOException reset) {
            if (received.size() == 0) {
                throw new NoAnswer("connection reset without an answer to " + describe(sent) + ": " + reset);
            }
        }
        Answer answer = Answer.parse(received.toByteArray(), true);
        if (answer == null) {
            throw new NoAnswer("connection closed without an answer to " + describe(sent)
                    + "; received: " + preview(received.toByteArray()));
        }
        return answer;
    }

    private static String describe(byte[] sent) {
        String text = new String(sent, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n");
        String line = end < 0 ? text : text.substring(0, end);
        return "'" + (line.length() > 200 ? line.substring(0, 200) + "...(" + line.length() + " chars)" : line)
                + "' (" + sent.length + " bytes)";
    }

    private static String preview(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** The server closed the connection, or stayed silent, instead of answering. */
    public static final class NoAnswer extends RuntimeException {
        NoAnswer(String message) {
            super(message);
        }
    }

    public final class Request {
        private final String method;
        private final String target;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body;
        private boolean chunked;
        private byte[] rawChunks;
        private boolean host = true;
        private String version = "HTTP/1.1";

        private Request(String method, String target) {
            this.method = method;
            this.target = target;
        }

        public Request header(String name, String value) {
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            return this;
        }

        public Request token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request json(String json) {
            if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
                header("Content-Type", "application/json");
            }
            return body(json.getBytes(StandardCharsets.UTF_8));
        }

        public Request body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        /** Sends the body chunked, without a Content-Length. */
        public Request chunked() {
            this.chunked = true;
            return this;
        }

        /** Sends these bytes after the headers as the (chunked) body, however malformed. */
        public Request rawChunkedBody(String chunks) {
            this.chunked = true;
            this.rawChunks = chunks.getBytes(StandardCharsets.ISO_8859_1);
            return this;
        }

        public Request withoutHost() {
            this.host = false;
            return this;
        }

        /** The protocol named on the request line, {@code HTTP/1.1} unless told otherwise. */
        public Request version(String version) {
            this.version = version;
            return this;
        }

        public byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, method + " " + target + " " + version);
            if (host) {
                write(out, "Host: " + RawHttp.this.host + ":" + port);
            }
            headers.forEach((name, values) -> values.forEach(value -> write(out, name + ": " + value)));
            write(out, "Connection: close");
            if (chunked) {
                write(out, "Transfer-Encoding: chunked");
            } else if (body != null) {
                write(out, "Content-Length: " + body.length);
            }
            out.writeBytes(CRLF);
            if (rawChunks != null) {
                out.writeBytes(rawChunks);
            } else if (chunked) {
                byte[] all = body == null ? new byte[0] : body;
                for (int offset = 0; offset < all.length; offset += 8192) {
                    int length = Math.min(8192, all.length - offset);
                    out.writeBytes(Integer.toHexString(length).getBytes(StandardCharsets.US_ASCII));
                    out.writeBytes(CRLF);
                    out.write(all, offset, length);
                    out.writeBytes(CRLF);
                }
                out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        public Answer send() {
            return RawHttp.this.send(bytes());
        }

        private static void write(ByteArrayOutputStream out, String line) {
            // ISO-8859-1: each char one byte, so a test can put any byte in a request line or header
            out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(CRLF);
        }
    }

    /** A parsed answer: status, headers (names in lower case), body (de-chunked). */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType() + "): " + text(), e);
            }
        }

        /** Whether this is a Charter problem: problem+json with type, title and the status it was answered with. */
        public boolean isProblem() {
            if (!contentType().startsWith("application/problem+json")) {
                return false;
            }
            try {
                JsonNode problem = JSON.readTree(body);
                return problem.path("type").asText().startsWith("https://charter.dev/problems/")
                        && !problem.path("title").asText().isBlank()
                        && problem.path("status").asInt() == status
                        && !problem.path("code").asText().isBlank();
            } catch (IOException notJson) {
                return false;
            }
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + contentType() + " " + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
        }

        /** The answer in these bytes, or null while it is incomplete (unless the connection has ended). */
        static Answer parse(byte[] bytes, boolean ended) {
            int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            if (headerEnd < 0) {
                return null;
            }
            String[] lines = new String(bytes, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
                return null;
            }
            int status = Integer.parseInt(statusLine[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            key -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
                }
            }
            int bodyStart = headerEnd + 4;
            List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
            if (encoding.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))) {
                byte[] body = dechunk(bytes, bodyStart);
                return body != null ? new Answer(status, headers, body) : ended ? new Answer(status, headers, new byte[0]) : null;
            }
            List<String> length = headers.get("content-length");
            if (length != null) {
                int expected = Integer.parseInt(length.get(0));
                if (bytes.length - bodyStart < expected && !ended) {
                    return null;
                }
                int available = Math.min(expected, bytes.length - bodyStart);
                return new Answer(status, headers, java.util.Arrays.copyOfRange(bytes, bodyStart, bodyStart + available));
            }
            if (status == 204 || status == 304 || status < 200 || !ended) {
                return status == 204 || status == 304 || status < 200
                        ? new Answer(status, headers, new byte[0]) : null;
            }
            return new Answer(status, headers, java.util.Arrays.copyOfRange(bytes, bodyStart, bytes.length));
        }

        private static byte[] dechunk(byte[] bytes, int from) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = from;
            while (true) {
                int lineEnd = indexOf(bytes, CRLF, at);
                if (lineEnd < 0) {
                    return null;
                }
                String size = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
                int length = Integer.parseInt(size, 16);
                at = lineEnd + 2;
                if (length == 0) {
                    return body.toByteArray();
                }
                if (bytes.length < at + length + 2) {
                    return null;
                }
                body.write(bytes, at, length);
                at += length + 2;
            }
        }

        private static int indexOf(byte[] bytes, byte[] pattern, int from) {
            outer:
            for (int i = from; i <= bytes.length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (bytes[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
