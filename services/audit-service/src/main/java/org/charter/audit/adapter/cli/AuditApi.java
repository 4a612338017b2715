package org.charter.audit.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The audit service's REST API as the CLI calls it. */
final class AuditApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private String token;

    AuditApi(URI base, String token) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.token = token;
    }

    /** The service could not be asked: unreachable, or it refused or failed the request. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** The service refused the request as asked (400, 404, 422): its problem's code and detail. */
    static final class Refused extends RuntimeException {
        private final int status;
        private final String code;

        Refused(int status, String code, String detail) {
            super(detail);
            this.status = status;
            this.code = code;
        }

        int status() {
            return status;
        }

        String code() {
            return code;
        }
    }

    JsonNode getJson(String path) {
        HttpResponse<InputStream> response = get(path);
        try (InputStream body = response.body()) {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new Unavailable("cannot read the answer of " + path + ": " + e.getMessage());
        }
    }

    /** A successful response, its body still to read. */
    HttpResponse<InputStream> get(String path) {
        return checked(path, HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token())
                .timeout(Duration.ofMinutes(30)).GET().build());
    }

    private HttpResponse<InputStream> checked(String path, HttpRequest request) {
        HttpResponse<InputStream> response = send(request);
        int status = response.statusCode();
        if (status == 400 || status == 404 || status == 422) {
            JsonNode problem = problem(response);
            throw new Refused(status, problem.path("code").asText(""), problem.path("detail").asText(request.method() + " " + path + " answered " + status));
        }
        if (status != 200) {
            throw new Unavailable(request.method() + " " + path + " answered " + response.statusCode() + ": " + text(response));
        }
        return response;
    }

    static String query(String name, Object value) {
        return name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    private String token() {
        if (token == null || token.isBlank()) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("dev/tokens")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"auditor-cli\",\"role\":\"auditor\"}")).build();
            HttpResponse<InputStream> response = send(request);
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new Unavailable("no --token given and " + base + "dev/tokens gave none (" + response.statusCode()
                        + "): pass --token or CHARTER_TOKEN");
            }
            try (InputStream body = response.body()) {
                token = JSON.readTree(body).path("token").asText();
            } catch (IOException e) {
                throw new Unavailable("cannot read the development token: " + e.getMessage());
            }
        }
        return token;
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new Unavailable("cannot reach " + request.uri() + ": is the stack running? (--url)");
        } catch (IOException e) {
            throw new Unavailable("cannot reach " + request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private static JsonNode problem(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode problem = JSON.readTree(text);
            return problem.has("detail") ? problem.get("detail").asText() : text;
        } catch (IOException | RuntimeException e) {
            return "(no readable body)";
        }
    }
}
