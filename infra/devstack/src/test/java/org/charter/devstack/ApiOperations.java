package org.charter.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.charter.conventions.test.RawHttp;

/**
 * The operations an edge offers, read from its OpenAPI document ({@code /v3/api-docs}): method,
 * path template, parameters and, for commands, a well-formed example body built from the
 * schema's examples. The gateway also serves every routed service's document
 * ({@code /v3/api-docs/<service>}, listed in its Swagger UI configuration): those operations are
 * sent through the gateway.
 */
final class ApiOperations {

    /** One operation of one edge, with a request that is well-formed before it is spoiled. */
    record Operation(String edge, int port, String method, String template, List<Parameter> parameters, JsonNode body,
                     Map<String, JsonNode> listItems) {

        String samplePath() {
            String path = template;
            for (Parameter parameter : parameters) {
                if (parameter.in().equals("path")) {
                    path = path.replace("{" + parameter.name() + "}", parameter.sample());
                }
            }
            return path;
        }

        List<String> pathParameters() {
            return parameters.stream().filter(parameter -> parameter.in().equals("path")).map(Parameter::name).toList();
        }

        @Override
        public String toString() {
            return edge + " " + method + " " + template;
        }
    }

    record Parameter(String name, String in, String sample) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Sample values for path parameters whose schema gives no example: ids the devstack's demo data holds. */
    private static final Map<String, String> SAMPLES = Map.of(
            "/api/v1/collaboratives/{id}", "early-childhood",
            "personId", "ca-k12");
    private static final String DEFAULT_SAMPLE = "CA";

    private ApiOperations() {
    }

    /** The operations of an edge's own document and, for an edge that lists others (the gateway), of theirs through it. */
    static List<Operation> of(String edge, int port) {
        // the first OpenAPI document of a service is generated on request: seconds on a busy machine
        RawHttp http = new RawHttp("127.0.0.1", port, Duration.ofSeconds(90));
        List<Operation> operations = new ArrayList<>(read(edge, port, document(http, "/v3/api-docs")));
        RawHttp.Answer config = http.request("GET", "/v3/api-docs/swagger-config").send();
        if (config.status() == 200) {
            for (JsonNode url : config.json().path("urls")) {
                String path = url.path("url").asText();
                if (!path.equals("/v3/api-docs")) {
                    RawHttp.Answer routed = http.request("GET", path).send();
                    if (routed.status() == 200) {
                        operations.addAll(read(edge, port, routed.json()));
                    }
                }
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException(edge + " lists no operation in its OpenAPI document");
        }
        return operations;
    }

    private static JsonNode document(RawHttp http, String path) {
        RawHttp.Answer answer = http.request("GET", path).send();
        if (answer.status() != 200) {
            throw new IllegalStateException("no OpenAPI document at " + path + ": " + answer);
        }
        return answer.json();
    }

    static List<Operation> read(String edge, int port, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    String name = parameter.path("name").asText();
                    String in = parameter.path("in").asText();
                    parameters.add(new Parameter(name, in, sample(path.getKey(), name, parameter)));
                }
                JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                JsonNode body = schema.isMissingNode() ? null : example(document, schema, 0);
                operations.add(new Operation(edge, port, method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(parameters), body, schema.isMissingNode() ? Map.of() : listItems(document, schema)));
            }
        }
        return operations;
    }

    private static String sample(String template, String name, JsonNode parameter) {
        JsonNode example = parameter.path("example");
        if (!example.isMissingNode() && !example.isNull()) {
            return example.asText();
        }
        for (Map.Entry<String, String> known : SAMPLES.entrySet()) {
            if (template.startsWith(known.getKey()) || known.getKey().equals(name)) {
                return known.getValue();
            }
        }
        return DEFAULT_SAMPLE;
    }

    /** A value of the schema: its example when it has one, else the simplest value of its type. */
    static JsonNode example(JsonNode document, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replaceFirst("^#/components/schemas/", "");
            return example(document, document.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        return switch (type) {
            case "string" -> NODES.textNode(switch (schema.path("format").asText()) {
                case "date-time" -> Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
                case "date" -> "2025-07-01";
                case "email" -> "someone@example.org";
                default -> "sample";
            });
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            default -> object(document, schema, depth);
        };
    }

    private static JsonNode object(JsonNode document, JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 5) {
            return object;
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            object.set(property.getKey(), example(document, property.getValue(), depth + 1));
        }
        return object;
    }

    /** For each list field of a body: an example item, to make the list as long as the test likes. */
    private static Map<String, JsonNode> listItems(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.path("$ref").asText().replaceFirst("^#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        Map<String, JsonNode> items = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (property.getValue().path("type").asText().equals("array")) {
                items.put(property.getKey(), example(document, property.getValue().path("items"), 1));
            }
        }
        return Map.copyOf(items);
    }

    static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
