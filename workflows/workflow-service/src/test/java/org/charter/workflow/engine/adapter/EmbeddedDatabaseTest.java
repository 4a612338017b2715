package org.charter.workflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The engine's H2 file of the embedded default, opened with the URL of workflow.yml: no background
 * compaction, whose chunk moving in H2 2.3.232 fails an assertion and closes the database (seen in
 * PolicyApprovalEndToEndIT: every request of the workflow answered 500 from then on).
 */
class EmbeddedDatabaseTest {

    @Test
    void the_embedded_engine_database_is_never_compacted_in_the_background(@TempDir Path dataDir) throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("workflow.yml"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new PropertiesPropertySource("workflow.yml", yaml.getObject()));
        environment.getPropertySources().addFirst(new MapPropertySource("devstack", Map.of("charter.data-dir", dataDir.toString())));
        String url = environment.getRequiredProperty("spring.datasource.url");

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet setting = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'AUTO_COMPACT_FILL_RATE'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
        assertThat(url).startsWith("jdbc:h2:file:" + dataDir);
    }

    @Test
    void the_embedded_engine_database_keeps_the_engine_s_statements_parsed(@TempDir Path dataDir) throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("workflow.yml"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new PropertiesPropertySource("workflow.yml", yaml.getObject()));
        environment.getPropertySources().addFirst(new MapPropertySource("devstack", Map.of("charter.data-dir", dataDir.toString())));
        String url = environment.getRequiredProperty("spring.datasource.url");

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet setting = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            assertThat(setting.next()).isTrue();
            // H2's default, 8 per connection, is far fewer than the statements a job runs (benchmarks/workflow-throughput)
            assertThat(Integer.parseInt(setting.getString(1))).isGreaterThanOrEqualTo(256);
        }
    }
}
