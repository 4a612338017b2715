package org.charter.gateway.route;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.stereotype.Component;

/**
 * Lists every service of the route table in the gateway's Swagger UI (its {@code springdoc.swagger-ui.urls}),
 * each document fetched through the gateway at {@code /v3/api-docs/<service>}, so the table stays
 * the one place that names the services. The gateway's own API (development tokens) comes first.
 */
@Component
class ServiceApiDocs {

    ServiceApiDocs(ServiceRoutes table, SwaggerUiConfigProperties swaggerUi) {
        Set<SwaggerUrl> urls = new LinkedHashSet<>();
        urls.add(new SwaggerUrl("gateway", RouteConfiguration.SERVICE_API_DOCS, "gateway"));
        table.withApiDocs().forEach(service -> urls.add(new SwaggerUrl(service.name(), service.apiDocsPath(), service.name())));
        swaggerUi.setUrls(urls);
    }
}
