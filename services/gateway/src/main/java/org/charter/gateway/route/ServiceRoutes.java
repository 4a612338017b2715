package org.charter.gateway.route;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The route table, {@code charter.services.<name>}: where each service lives and which
 * {@code /api/v1/} paths it serves. Defined once in {@code application.yml}; each URL can be
 * overridden on its own ({@code charter.services.membership.url=http://membership:8080}).
 */
@Validated
@ConfigurationProperties("charter")
public class ServiceRoutes {

    @Valid
    private final Map<String, Service> services = new LinkedHashMap<>();

    public Map<String, Service> getServices() {
        return services;
    }

    /** The services in the order of the table (Swagger UI lists them this way). */
    public List<Named> all() {
        return services.entrySet().stream()
                .map(entry -> new Named(entry.getKey(), entry.getValue()))
                .toList();
    }

    public static class Service {

        @NotNull
        private URI url;

        @NotEmpty
        private List<String> paths = List.of();

        /** false for a service without an OpenAPI document (the web app's pages): no docs route, not in Swagger UI */
        private boolean apiDocs = true;

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }

        public List<String> getPaths() {
            return paths;
        }

        public void setPaths(List<String> paths) {
            this.paths = List.copyOf(paths);
        }

        public boolean isApiDocs() {
            return apiDocs;
        }

        public void setApiDocs(boolean apiDocs) {
            this.apiDocs = apiDocs;
        }
    }

    /** The services that publish an OpenAPI document, in the table's order. */
    public List<Named> withApiDocs() {
        return all().stream().filter(named -> named.service().isApiDocs()).toList();
    }

    public record Named(String name, Service service) {

        public String apiDocsPath() {
            return "/v3/api-docs/" + name;
        }

        public String fallbackPath() {
            return DownstreamFallbackController.PATH_PREFIX + name;
        }
    }
}
