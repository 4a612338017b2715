package org.charter.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.charter.conventions.CorrelationIds;
import org.charter.platform.correlation.CorrelationId;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An API's answer read as a stream (a download the page passes on as it arrives, never whole in
 * memory), through the gateway with the signed-in person's token like {@link GatewayApi}. The JDK's
 * client, not {@code RestClient}: closing a Spring client response reads the rest of the body first,
 * which for an export the reader stopped (a preview, a cancelled download) would read it all;
 * closing this one's body drops the connection instead.
 */
@Component
public class GatewayStreams {

    /** A problem+json body is small; a larger error body is cut here, never held whole. */
    private static final int MAX_PROBLEM_BYTES = 64 * 1024;

    private final HttpClient client;
    private final URI gateway;
    private final WebProperties properties;
    private final ObjectMapper json;

    GatewayStreams(WebProperties properties, ObjectMapper json) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.getConnectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.gateway = properties.getGatewayUrl();
        this.properties = properties;
        this.json = json;
    }

    /** An answer being read: close it when done, or to stop reading early. */
    public record Streamed(InputStream body) implements Closeable {
        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /**
     * GET {@code path} with these query parameters (each encoded), asking for {@code accept}.
     * A refusal (4xx, 5xx) is thrown as an {@link ApiRefusal} before anything is read of a body;
     * a gateway that does not answer as a {@link ResourceAccessException}, as {@link GatewayApi}'s would be.
     */
    public Streamed get(String path, Map<String, String> query, String token, String accept) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(gateway).path(path);
        query.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.encode().buildAndExpand(query).toUri())
                .timeout(properties.getReadTimeout())
                .header("Accept", accept + ", application/problem+json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String correlationId = MDC.get(CorrelationId.MDC_KEY);
        if (correlationId != null) {
            request.header(CorrelationIds.HEADER, correlationId);
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ResourceAccessException("the gateway did not answer " + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResourceAccessException("interrupted while asking " + path);
        }
        if (response.statusCode() >= 400) {
            throw refusal(response);
        }
        return new Streamed(response.body());
    }

    private ApiRefusal refusal(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(MAX_PROBLEM_BYTES);
            JsonNode problem = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
            return ApiRefusal.of(response.statusCode(), problem);
        } catch (IOException notAProblem) {
            return ApiRefusal.of(response.statusCode(), json.createObjectNode());
        }
    }
}
