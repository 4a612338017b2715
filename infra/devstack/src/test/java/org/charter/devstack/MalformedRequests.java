package org.charter.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.charter.conventions.test.RawHttp;
import org.charter.devstack.ApiOperations.Operation;

/**
 * What can be wrong with a request, one spoiling at a time, applied to a well-formed request for
 * an operation: its path and path parameters, method, query, headers (types, credentials, keys,
 * sizes, characters), body (not JSON, wrong shapes, too deep, too long, too large) and framing
 * (chunked, broken chunks, sizes). Each is named, so a failing probe says what it sent.
 */
final class MalformedRequests {

    /** A request being put together: well-formed for its operation at first, then spoiled. */
    static final class Plan {
        String method;
        String path;
        String query = "";
        String version = "HTTP/1.1";
        boolean host = true;
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        byte[] body;
        boolean chunked;
        String rawChunks;

        Plan(Operation operation, String token) {
            method = operation.method();
            path = operation.samplePath();
            header("Authorization", "Bearer " + token);
            header("Accept", "application/json");
            if (operation.body() != null) {
                header("Content-Type", "application/json");
                body = ApiOperations.write(operation.body()).getBytes(StandardCharsets.UTF_8);
            }
        }

        void header(String name, String value) {
            headers.remove(name);
            headers.put(name, new ArrayList<>(List.of(value)));
        }

        void addHeader(String name, String value) {
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }

        RawHttp.Request request(RawHttp http) {
            RawHttp.Request request = http.request(method, path + query).version(version);
            if (!host) {
                request.withoutHost();
            }
            headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
            if (rawChunks != null) {
                request.rawChunkedBody(rawChunks);
            } else {
                if (body != null) {
                    request.body(body);
                }
                if (chunked) {
                    request.chunked();
                }
            }
            return request;
        }
    }

    /** One way to spoil a request; the operation says which parameters and list fields it has. */
    record Mutation(String name, BiConsumer<Plan, Operation> spoil) {

        void applyTo(Plan plan, Operation operation) {
            spoil.accept(plan, operation);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Path parameter values a service must refuse cleanly (or find nothing for). */
    static final List<String> NASTY_SEGMENTS = List.of(
            "..", ".", "%2e%2e", "%2E", "..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cwindows", "%2F", "%5C", "\\", "%zz", "%",
            "%0", "%00", "%0d%0a", "%C3%28", "%E2%80%AE", "%252e%252e", "a;b=c", "a%3Bb", "CA;jsessionid=1",
            "\u00e9", "a|b", "{}", "<script>", "%3Cscript%3E", "a\"b", "a`b", "%20", "+", "null", "-1",
            "9".repeat(40), "A".repeat(5_000), "A".repeat(10_000), "CA/../WA", "CA%2F..%2FWA", "~", "*", "%ff%fe");

    static final List<String> NASTY_SUFFIXES = List.of(
            "/", "//", "/..", "/../..", "/./", "/.;/x", "/%2e/x", "/%2f", ";x=1", "/x/y/z", "/%zz", "/" + "b".repeat(9_000));

    static final List<String> NASTY_QUERIES = List.of(
            "?size=-1", "?size=0", "?size=abc", "?size=1000000", "?page=-1", "?page=99999999999999999999",
            "?at=yesterday", "?at=%zz", "?at=2025-13-45T99:99:99Z", "?status=NOPE", "?tier=%00", "?year=x",
            "?a=1&a=2&a=3", "?=", "?&&&", "?%", "?q={}", "?q=" + "q".repeat(9_000), "?q=%C3%28");

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT", "FOO", "get", "PROPFIND");

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json; charset=bogus",
            ";;;", "application/json, text/plain", "", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/problem+json", "*/*", "application/json;charset=UTF-16");

    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "???", "", "*/*;q=abc",
            "application/json;q=0", "image/png, text/csv", "application/problem+json", "*/*");

    static final List<String> AUTHORIZATIONS = List.of("", "Bearer", "Bearer ", "Bearer x.y.z", "Basic YWRtaW46YWRtaW4=",
            "Bearer " + "a".repeat(6_000), "Bearer \u00e9", "bearer nonsense", "Bearer eyJhbGciOiJub25lIn0.e30.");

    static final List<String> IDEMPOTENCY_KEYS = List.of("", " ", "\u00e9t\u00e9", "k".repeat(300), "a\u0085b", "\u007f");

    static final List<byte[]> BODIES = List.of(
            bytes(""), bytes("{"), bytes("[]"), bytes("null"), bytes("\"text\""), bytes("42"), bytes("{\"a\":"),
            bytes("[".repeat(5_000)), bytes("{\"x\":".repeat(2_000) + "1" + "}".repeat(2_000)),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            bytes("{\"n\":1e999999}"), bytes("{\"n\":" + "9".repeat(5_000) + "}"),
            bytes("{\"big\":\"" + "x".repeat(300 * 1024) + "\"}"), bytes("{\"a\":1,\"a\":2}"),
            bytes("\uFEFF{}"), bytes("{'single':'quotes'}"), bytes("{\"a\":NaN}"), bytes("<xml/>"));

    private MalformedRequests() {
    }

    /** Every way to spoil a request the fuzz test picks from. */
    static Arbitrary<Mutation> mutations() {
        return Arbitraries.oneOf(
                Arbitraries.of(NASTY_SEGMENTS).map(MalformedRequests::parameter),
                Arbitraries.of(NASTY_SUFFIXES).map(suffix -> mutation("suffix " + shorten(suffix),
                        (plan, op) -> plan.path = plan.path + suffix)),
                Arbitraries.of(NASTY_QUERIES).map(query -> mutation("query " + shorten(query),
                        (plan, op) -> plan.query = query)),
                Arbitraries.of(METHODS).map(method -> mutation("method " + method, (plan, op) -> plan.method = method)),
                Arbitraries.of(CONTENT_TYPES).map(type -> mutation("content-type '" + type + "'",
                        (plan, op) -> plan.header("Content-Type", type))),
                Arbitraries.of(ACCEPTS).map(accept -> mutation("accept '" + accept + "'",
                        (plan, op) -> plan.header("Accept", accept))),
                Arbitraries.of(AUTHORIZATIONS).map(auth -> mutation("authorization '" + shorten(auth) + "'",
                        (plan, op) -> plan.header("Authorization", auth))),
                Arbitraries.of(IDEMPOTENCY_KEYS).map(key -> mutation("idempotency-key '" + shorten(key) + "'",
                        (plan, op) -> plan.header("Idempotency-Key", key))),
                Arbitraries.of(BODIES).map(body -> mutation("body '" + shorten(new String(body, StandardCharsets.ISO_8859_1)) + "'",
                        (plan, op) -> {
                            plan.headers.putIfAbsent("Content-Type", new ArrayList<>(List.of("application/json")));
                            plan.body = body;
                        })),
                Arbitraries.of(headerSpoilings()),
                Arbitraries.of(bodySpoilings()),
                Arbitraries.of(framingSpoilings()));
    }

    private static Mutation parameter(String value) {
        return mutation("path parameter '" + shorten(value) + "'", (plan, op) -> {
            List<String> names = op.pathParameters();
            if (names.isEmpty()) {
                plan.path = plan.path + "/" + value;
                return;
            }
            String name = names.get(Math.floorMod(value.hashCode(), names.size()));
            String template = op.template();
            for (ApiOperations.Parameter parameter : op.parameters()) {
                if (parameter.in().equals("path")) {
                    template = template.replace("{" + parameter.name() + "}",
                            parameter.name().equals(name) ? value : parameter.sample());
                }
            }
            plan.path = template;
        });
    }

    private static List<Mutation> headerSpoilings() {
        return List.of(
                mutation("a 20 KB header", (plan, op) -> plan.header("X-Padding", "p".repeat(20_000))),
                mutation("a 7 KB header", (plan, op) -> plan.header("X-Padding", "p".repeat(7_000))),
                mutation("150 headers", (plan, op) -> {
                    for (int i = 0; i < 150; i++) {
                        plan.header("X-Header-" + i, "value-" + i);
                    }
                }),
                mutation("a header name with a space", (plan, op) -> plan.header("Bad Header", "x")),
                mutation("a header line without a colon", (plan, op) -> plan.header("X-A", "a\r\nNoColonHere")),
                mutation("a control character in a header", (plan, op) -> plan.header("X-A", "a\u0001b")),
                mutation("a C1 control character in X-Causation-Id", (plan, op) -> plan.header("X-Causation-Id", "c\u0085d")),
                mutation("a Latin-1 header value", (plan, op) -> plan.header("X-Note", "caf\u00e9")),
                mutation("a 300-character correlation id", (plan, op) -> plan.header("X-Correlation-Id", "c".repeat(300))),
                mutation("a markup correlation id", (plan, op) -> plan.header("X-Correlation-Id", "<script>alert(1)</script>")),
                mutation("a 2000-character causation id", (plan, op) -> plan.header("X-Causation-Id", "c".repeat(2_000))),
                mutation("no Host", (plan, op) -> plan.host = false),
                mutation("two Hosts", (plan, op) -> plan.addHeader("Host", "other")),
                mutation("a Host with a space", (plan, op) -> {
                    plan.host = false;
                    plan.header("Host", "a b");
                }),
                mutation("Transfer-Encoding gzip", (plan, op) -> plan.header("Transfer-Encoding", "gzip")),
                mutation("Content-Length and Transfer-Encoding", (plan, op) -> {
                    plan.chunked = true;
                    plan.header("Content-Length", "5");
                }),
                mutation("a negative Content-Length", (plan, op) -> {
                    plan.body = null;
                    plan.header("Content-Length", "-1");
                }),
                mutation("a Content-Length that is not a number", (plan, op) -> {
                    plan.body = null;
                    plan.header("Content-Length", "ten");
                }),
                mutation("Expect 200-ok", (plan, op) -> plan.header("Expect", "200-ok")),
                mutation("HTTP/1.0", (plan, op) -> plan.version = "HTTP/1.0"),
                mutation("HTTP/2.0 on the request line", (plan, op) -> plan.version = "HTTP/2.0"),
                mutation("HTTP/1.1 lower-case", (plan, op) -> plan.version = "http/1.1"),
                mutation("a delegate of another member", (plan, op) -> plan.header("Authorization",
                        "Bearer " + EdgeFuzzIT.tokens().delegateOfAnotherMember())),
                mutation("an auditor", (plan, op) -> plan.header("Authorization", "Bearer " + EdgeFuzzIT.tokens().auditor())),
                mutation("a 10,000-character id", (plan, op) -> plan.path = plan.path + "/" + "I".repeat(10_000)),
                mutation("a 70 KB request line", (plan, op) -> plan.query = "?q=" + "q".repeat(70_000)));
    }

    private static List<Mutation> bodySpoilings() {
        return List.of(
                mutation("every string of the body 5000 characters long", (plan, op) -> plan.body = spoiled(op, "long strings")),
                mutation("every field of the body of the wrong type", (plan, op) -> plan.body = spoiled(op, "wrong types")),
                mutation("every field of the body null", (plan, op) -> plan.body = spoiled(op, "nulls")),
                mutation("an unknown field in the body", (plan, op) -> plan.body = spoiled(op, "unknown field")),
                mutation("every list of the body 150 long", (plan, op) -> plan.body = longLists(op, 150)),
                mutation("every list of the body 5000 long", (plan, op) -> plan.body = longLists(op, 5_000)),
                mutation("a body on a request without one", (plan, op) -> {
                    plan.header("Content-Type", "application/json");
                    plan.body = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
                }),
                mutation("no body", (plan, op) -> plan.body = null),
                mutation("the body truncated", (plan, op) -> {
                    if (plan.body != null && plan.body.length > 1) {
                        plan.body = java.util.Arrays.copyOf(plan.body, plan.body.length / 2);
                    }
                }));
    }

    private static List<Mutation> framingSpoilings() {
        return List.of(
                mutation("the body chunked", (plan, op) -> plan.chunked = true),
                mutation("a broken chunk size", (plan, op) -> plan.rawChunks = "zz\r\n{}\r\n0\r\n\r\n"),
                mutation("a chunk longer than it says", (plan, op) -> plan.rawChunks = "2\r\n{\"a\":1}\r\n0\r\n\r\n"),
                mutation("a chunk extension of junk", (plan, op) -> plan.rawChunks = "2;\u0001=\u0002\r\n{}\r\n0\r\n\r\n"),
                mutation("a 300 KB body chunked", (plan, op) -> {
                    plan.header("Content-Type", "application/json");
                    plan.body = ("{\"big\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
                    plan.chunked = true;
                }),
                mutation("a 300 KB body declared", (plan, op) -> {
                    plan.header("Content-Type", "application/json");
                    plan.body = ("{\"big\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
                }));
    }

    private static byte[] spoiled(Operation op, String how) {
        if (op.body() == null || !op.body().isObject()) {
            return bytes("{\"unexpected\":\"" + how + "\"}");
        }
        ObjectNode body = op.body().deepCopy();
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = body.get(name);
            switch (how) {
                case "long strings" -> {
                    if (value.isTextual()) {
                        body.put(name, "s".repeat(5_000));
                    }
                }
                case "wrong types" -> body.set(name, value.isTextual() ? NODES.numberNode(7) : NODES.textNode("seven"));
                case "nulls" -> body.set(name, NODES.nullNode());
                default -> body.put("unexpected", true);
            }
        }
        return bytes(ApiOperations.write(body));
    }

    private static byte[] longLists(Operation op, int length) {
        if (op.body() == null || !op.body().isObject() || op.listItems().isEmpty()) {
            return bytes("[" + "1,".repeat(length) + "1]");
        }
        ObjectNode body = op.body().deepCopy();
        op.listItems().forEach((field, item) -> {
            ArrayNode list = body.putArray(field);
            for (int i = 0; i < length; i++) {
                list.add(item.deepCopy());
            }
        });
        return bytes(ApiOperations.write(body));
    }

    private static Mutation mutation(String name, BiConsumer<Plan, Operation> spoil) {
        return new Mutation(name, spoil);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "...(" + printable.length() + " chars)" : printable;
    }
}
