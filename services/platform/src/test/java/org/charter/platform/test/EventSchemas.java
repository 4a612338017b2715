package org.charter.platform.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypeName;
import org.charter.platform.event.RecordedEvent;

/**
 * Checks event data against its JSON Schema (draft 2020-12) in
 * {@code <root>/<context>/<Name>.v<N>.schema.json}; by default the root is the repository's
 * {@code docs/events}, found by walking up from the working directory to the folder holding
 * {@code mvnw}. Every failure is an {@link AssertionError} that says what to fix.
 *
 * <pre>{@code
 * EventSchemas.inRepository().validate(recordedEvent);
 * }</pre>
 * A service using this adds {@code com.networknt:json-schema-validator} (test scope) beside the
 * platform's test-jar.
 */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = EventJson.newMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final Path root;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private EventSchemas(Path root) {
        this.root = root;
    }

    /** The repository's {@code docs/events}. */
    public static EventSchemas inRepository() {
        return at(repositoryRoot().resolve("docs").resolve("events"));
    }

    /** Schemas under another root, e.g. a module's test resources. */
    public static EventSchemas at(Path root) {
        return new EventSchemas(root.toAbsolutePath().normalize());
    }

    /** The nearest folder at or above the working directory that holds {@code mvnw}. */
    public static Path repositoryRoot() {
        return RepositoryRoot.find();
    }

    public Path schemaPath(String type) {
        EventTypeName name = EventTypeName.parse(type);
        return root.resolve(name.context()).resolve(name.name() + ".v" + name.version() + ".schema.json");
    }

    public void validate(RecordedEvent event) {
        validate(event.type(), MAPPER.valueToTree(event.data()));
    }

    /** A CloudEvent as read from Kafka: its type and its data bytes. */
    public void validate(CloudEvent event) {
        if (event.getData() == null) {
            throw new AssertionError("event " + event.getId() + " of type " + event.getType() + " has no data");
        }
        validate(event.getType(), new String(event.getData().toBytes(), StandardCharsets.UTF_8));
    }

    public void validate(String type, String json) {
        try {
            validate(type, MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new AssertionError("data of " + type + " is not JSON: " + e.getOriginalMessage() + "\n" + json);
        }
    }

    public void validate(String type, JsonNode data) {
        Set<ValidationMessage> errors = schemaOf(type).validate(data);
        if (!errors.isEmpty()) {
            throw new AssertionError("data of " + type + " does not match " + schemaPath(type) + ":\n  "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n  "))
                    + "\ndata: " + data);
        }
    }

    private JsonSchema schemaOf(String type) {
        return schemas.computeIfAbsent(type, this::load);
    }

    private JsonSchema load(String type) {
        Path path = schemaPath(type);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("no JSON Schema for " + type + ": write " + path
                    + " (draft 2020-12; a published schema never changes, a new shape is a new version)");
        }
        JsonNode schema;
        try {
            schema = MAPPER.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new AssertionError("the schema " + path + " is not valid JSON: " + e.getMessage());
        }
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> problems = meta.validate(schema);
        if (!problems.isEmpty()) {
            throw new AssertionError("the schema " + path + " is not a valid draft 2020-12 schema:\n  "
                    + problems.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n  ")));
        }
        return FACTORY.getSchema(schema, CONFIG);
    }
}
