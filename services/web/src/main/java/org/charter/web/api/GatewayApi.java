package org.charter.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.charter.conventions.CorrelationIds;
import org.charter.platform.correlation.CorrelationId;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The services' public APIs, reached through the gateway ({@code charter.web.gateway-url}) like
 * any other client. Each call carries the signed-in person's token and the request's correlation
 * id; a problem+json answer becomes an {@link ApiRefusal} that a page explains.
 */
@Component
public class GatewayApi {

    private final RestClient client;
    private final ObjectMapper json;

    GatewayApi(WebProperties properties, ObjectMapper json) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.getConnectTimeout());
        requests.setReadTimeout(properties.getReadTimeout());
        this.client = RestClient.builder().baseUrl(properties.getGatewayUrl().toString()).requestFactory(requests).build();
        this.json = json;
    }

    /** GET with the token (null: no token, for the gateway's own development-token endpoint). */
    public JsonNode get(String path, String token, Object... uriVariables) {
        return client.get().uri(path, uriVariables)
                .headers(headers -> common(headers, token))
                .exchange((request, response) -> answer(response.getStatusCode().value(), response.getBody().readAllBytes()));
    }

    public JsonNode post(String path, String token, Map<String, ?> body, Object... uriVariables) {
        return client.post().uri(path, uriVariables)
                .headers(headers -> common(headers, token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> answer(response.getStatusCode().value(), response.getBody().readAllBytes()));
    }

    /** PUT of a whole resource (a person's preferences): repeating it changes nothing more, so it needs no idempotency key. */
    public JsonNode put(String path, String token, Map<String, ?> body, Object... uriVariables) {
        return client.put().uri(path, uriVariables)
                .headers(headers -> common(headers, token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> answer(response.getStatusCode().value(), response.getBody().readAllBytes()));
    }

    /** GET, the answer as maps and lists, which templates read as {@code ${motion.title}}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> view(String path, String token, Object... uriVariables) {
        return json.convertValue(get(path, token, uriVariables), Map.class);
    }

    /** An answer already read, as maps and lists for a template. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asView(JsonNode answer) {
        return json.convertValue(answer, Map.class);
    }

    /** GET of a JSON array (or a page's {@code content}), as a list of maps for a template. */
    @SuppressWarnings("unchecked")
    public java.util.List<Map<String, Object>> viewList(String path, String token, Object... uriVariables) {
        JsonNode answer = get(path, token, uriVariables);
        return json.convertValue(answer.isArray() ? answer : answer.path("content"), java.util.List.class);
    }

    /**
     * POST with an {@code Idempotency-Key}: the same key sends the same command once, so a form
     * posted twice (a double click, a reload) gets the first answer again, not a second command.
     */
    public JsonNode postOnce(String path, String token, String idempotencyKey, Map<String, ?> body, Object... uriVariables) {
        return client.post().uri(path, uriVariables)
                .headers(headers -> {
                    common(headers, token);
                    headers.set("Idempotency-Key", idempotencyKey);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> answer(response.getStatusCode().value(), response.getBody().readAllBytes()));
    }

    private static void common(HttpHeaders headers, String token) {
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (token != null) {
            headers.setBearerAuth(token);
        }
        String correlationId = MDC.get(CorrelationId.MDC_KEY);
        if (correlationId != null) {
            headers.set(CorrelationIds.HEADER, correlationId);
        }
    }

    private JsonNode answer(int status, byte[] body) throws IOException {
        JsonNode read = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        if (status >= 400) {
            throw ApiRefusal.of(status, read);
        }
        return read;
    }

}
