package org.charter.workflow.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workflow service's main path (adoption by consensus in the first round, in
 * {@link RunningWorkflowService}) with the engine on a real PostgreSQL server, as in production: a
 * throwaway cluster of the machine's PostgreSQL ({@link LocalPostgres}). Skipped, saying why, where
 * PostgreSQL is not installed; {@code .ci/run} installs it.
 */
class WorkflowOnPostgresIT extends RunningWorkflowService {

    /** The server stops when the JVM exits, after Spring closed the context (an @AfterAll would stop it under the engine). */
    private static String jdbcUrl;

    @BeforeAll
    static void startPostgres() throws Exception {
        jdbcUrl = LocalPostgres.sharedOrSkip().createDatabase("camunda");
    }

    @DynamicPropertySource
    static void engineOnPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> jdbcUrl);
        registry.add("spring.datasource.username", () -> LocalPostgres.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.data.mongodb.database", () -> "workflow-postgres-it");
    }

    @Autowired
    DataSource dataSource;

    @Test
    void the_engine_keeps_its_tables_in_postgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            try (var tables = connection.getMetaData().getTables(null, "public", "act_ru_execution", null)) {
                assertThat(tables.next()).as("Camunda's runtime tables in the camunda database").isTrue();
            }
        }
        try (var direct = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, "");
             var count = direct.createStatement().executeQuery("select count(*) from act_re_procdef where key_ = 'policy-approval'")) {
            assertThat(count.next()).isTrue();
            assertThat(count.getLong(1)).isPositive();
        }
    }
}
