package org.charter.budget.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.charter.budget.BudgetServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service starts on the platform: healthy, documented, its API under /api/v1 behind tokens. */
@BudgetServiceTest
class BudgetServiceIT {

    @LocalServerPort
    int port;

    @Test
    void the_service_is_healthy_and_serves_its_openapi_document() throws Exception {
        assertThat(get("/actuator/health")).contains("UP");
        assertThat(get("/v3/api-docs")).contains("Charter budget API", "/api/v1/fiscal-years/{fy}/budget",
                "/api/v1/budgets/{id}/history", "/api/v1/fiscal-years/{fy}/member-fees.csv", "text/csv",
                "/api/v1/budgets/{id}/versions/{from}/diff/{to}", "/api/v1/fiscal-years/{fy}/continuing-budget");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
