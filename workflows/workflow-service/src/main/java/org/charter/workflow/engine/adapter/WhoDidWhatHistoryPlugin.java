package org.charter.workflow.engine.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the history level {@value WhoDidWhatHistory#NAME} known to the engine (ADR 0071), and, when
 * the engine is configured with it, moves a database that an earlier version of the service kept at
 * {@code full} to it: the engine refuses to start when the level stored in {@code ACT_GE_PROPERTY}
 * differs from the configured one. The rows {@code full} wrote stay; only new ones are left out.
 * Every engine has it: the application's (a bean) and the process tests' (camunda.cfg.xml).
 */
public class WhoDidWhatHistoryPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(WhoDidWhatHistoryPlugin.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new ArrayList<>());
        }
        if (configuration.getCustomHistoryLevels().stream().noneMatch(level -> level.getId() == WhoDidWhatHistory.ID)) {
            configuration.getCustomHistoryLevels().add(new WhoDidWhatHistory());
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!WhoDidWhatHistory.NAME.equals(configuration.getHistory()) || configuration.getDataSource() == null) {
            return;
        }
        String table = (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix())
                + "ACT_GE_PROPERTY";
        try (Connection connection = configuration.getDataSource().getConnection()) {
            boolean exists;
            try (var tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
                exists = false;
                while (tables.next()) {
                    exists |= table.equalsIgnoreCase(tables.getString("TABLE_NAME"));
                }
            }
            if (!exists) {
                return; // a new database: the engine creates its schema and stores the configured level
            }
            try (var update = connection.prepareStatement("UPDATE " + table + " SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
                update.setString(1, Integer.toString(WhoDidWhatHistory.ID));
                update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                if (update.executeUpdate() > 0) {
                    log.info("the engine's database moved from history level full to {} (ADR 0071)", WhoDidWhatHistory.NAME);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not move the engine's database to history level " + WhoDidWhatHistory.NAME, e);
        }
    }
}
