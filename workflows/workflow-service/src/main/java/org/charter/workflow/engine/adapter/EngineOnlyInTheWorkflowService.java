package org.charter.workflow.engine.adapter;

import java.util.Map;
import org.charter.workflow.WorkflowApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The devstack runs every service on one classpath, where this module brings Camunda's starters,
 * H2 and Jersey to all of them. For any application but the workflow service this turns the
 * engine, its REST API and a JDBC data source off (lowest precedence: an application that wants
 * them says so), so the membership service does not start a process engine of its own.
 */
public class EngineOnlyInTheWorkflowService implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "charterEngineOnlyInTheWorkflowService";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean workflow = application.getAllSources().stream().anyMatch(WorkflowApplication.class::equals);
        if (workflow || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(
                "camunda.bpm.enabled", "false",
                "spring.autoconfigure.exclude", String.join(",",
                        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "org.springframework.boot.autoconfigure.jersey.JerseyAutoConfiguration",
                        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
                        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                        "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration"))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
