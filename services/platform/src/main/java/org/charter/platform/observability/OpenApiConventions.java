package org.charter.platform.observability;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes what every Charter API shares in its OpenAPI document: bearer-JWT security and the
 * {@code application/problem+json} error responses (400, 401, 403, 404, 500 everywhere; 409 and
 * 422 on commands), unless an operation documents them itself.
 */
public class OpenApiConventions implements OpenApiCustomizer {

    public static final String SECURITY_SCHEME = "bearer-jwt";
    public static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> EVERYWHERE = Map.of(
            "400", "Invalid input (problem+json; validation failures list the fields in errors)",
            "401", "Missing, invalid or expired bearer token",
            "403", "The token's role may not do this",
            "404", "No such resource",
            "500", "Unexpected failure; quote the correlationId");
    private static final Map<String, String> COMMANDS = Map.of(
            "409", "Conflicts with the current state (currentVersion when known) or Idempotency-Key in progress",
            "422", "A governance rule refuses it, or an Idempotency-Key was reused with another body");

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT with claim role (delegate|secretary|auditor|admin) and, for delegates, member"));
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        openApi.addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            addProblems(operation, EVERYWHERE);
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                addProblems(operation, COMMANDS);
            }
        }));
    }

    private static void addProblems(Operation operation, Map<String, String> problems) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        problems.forEach((status, description) -> operation.getResponses().putIfAbsent(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example("https://charter.dev/problems/validation-failed"));
        properties.put("title", new StringSchema().example("Validation failed"));
        properties.put("status", new IntegerSchema().example(400));
        properties.put("detail", new StringSchema().example("Invalid input. name: must not be blank."));
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("code", new StringSchema().example("VALIDATION_FAILED"));
        properties.put("correlationId", new StringSchema());
        properties.put("currentVersion", new IntegerSchema().format("int64"));
        ObjectSchema field = new ObjectSchema();
        field.addProperty("field", new StringSchema());
        field.addProperty("message", new StringSchema());
        properties.put("errors", new ArraySchema().items(field));
        ObjectSchema problem = new ObjectSchema();
        problem.setProperties(properties);
        problem.description("RFC 9457 problem details");
        return problem;
    }
}
