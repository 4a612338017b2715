package org.charter.devstack;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevstackSettingsTest {

    private static final DevstackService MEMBERSHIP =
            new DevstackService("membership", 8081, Object.class, WebApplicationType.SERVLET, Map.of());
    private static final DevstackService GATEWAY =
            new DevstackService("gateway", 8080, Object.class, WebApplicationType.REACTIVE, Map.of());

    @Test
    void without_settings_the_contract_ports_and_the_data_folder_are_used() {
        DevstackSettings settings = DevstackSettings.from(List.of(MEMBERSHIP, GATEWAY), name -> null);

        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(settings.servicePorts()).containsEntry(MEMBERSHIP, 8081).containsEntry(GATEWAY, 8080);
        assertThat(settings.mailSmtpPort()).isEqualTo(3025);
        assertThat(settings.mailImapPort()).isEqualTo(3143);
    }

    @Test
    void every_port_and_the_data_dir_can_be_overridden() {
        Map<String, String> given = Map.of(
                "CHARTER_DATA_DIR", "/tmp/charter-data",
                "CHARTER_KAFKA_PORT", "19092",
                "CHARTER_MONGO_PORT", "37017",
                "CHARTER_GATEWAY_PORT", "18080",
                "CHARTER_MAIL_SMTP_PORT", "13025",
                "CHARTER_MAIL_IMAP_PORT", "13143");

        DevstackSettings settings = DevstackSettings.from(List.of(MEMBERSHIP, GATEWAY), given::get);

        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/charter-data"));
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.mongoPort()).isEqualTo(37017);
        assertThat(settings.servicePorts()).containsEntry(GATEWAY, 18080).containsEntry(MEMBERSHIP, 8081);
        assertThat(settings.mongoFile()).isEqualTo(Path.of("/tmp/charter-data/mongo/charter.mv.db"));
        assertThat(settings.kafkaDir()).isEqualTo(Path.of("/tmp/charter-data/kafka"));
        assertThat(settings.serviceDir(GATEWAY)).isEqualTo(Path.of("/tmp/charter-data/gateway"));
        assertThat(settings.mailSmtpPort()).isEqualTo(13025);
        assertThat(settings.mailImapPort()).isEqualTo(13143);
    }

    @Test
    void the_store_is_the_durable_file_unless_memory_is_asked_for_which_keeps_nothing() throws Exception {
        assertThat(DevstackSettings.from(List.of(), name -> null).store()).isEqualTo(DevstackSettings.Store.FILE);

        DevstackSettings memory = DevstackSettings.from(List.of(), Map.of("CHARTER_STORE", "memory")::get);

        assertThat(memory.store()).isEqualTo(DevstackSettings.Store.MEMORY);
        assertThat(memory.dataDir()).isDirectory().isNotEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(memory.dataDir().getFileName().toString()).startsWith("charter-devstack-memory-");
        java.nio.file.Files.delete(memory.dataDir());
    }

    @Test
    void a_memory_store_with_a_data_dir_or_an_unknown_store_is_refused_with_what_to_fix() {
        assertThatThrownBy(() -> DevstackSettings.from(List.of(),
                Map.of("CHARTER_STORE", "memory", "CHARTER_DATA_DIR", "/tmp/x")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unset it");
        assertThatThrownBy(() -> DevstackSettings.from(List.of(), Map.of("CHARTER_STORE", "tape")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file or memory").hasMessageContaining("tape");
    }

    @Test
    void a_port_that_is_not_a_number_is_refused_with_the_variable_to_fix() {
        assertThatThrownBy(() -> DevstackSettings.from(List.of(), Map.of("CHARTER_KAFKA_PORT", "ninety")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHARTER_KAFKA_PORT")
                .hasMessageContaining("ninety");
    }

    @Test
    void a_service_port_variable_is_derived_from_its_name() {
        assertThat(new DevstackService("audit-log", 8085, Object.class, WebApplicationType.SERVLET, Map.of()).portVariable())
                .isEqualTo("CHARTER_AUDIT_LOG_PORT");
    }

    @Test
    void the_services_to_start_can_be_chosen_by_name_or_none_and_an_unknown_name_says_the_known_ones() {
        List<DevstackService> both = List.of(MEMBERSHIP, GATEWAY);

        assertThat(DevstackSettings.from(both, name -> null).servicePorts()).containsOnlyKeys(MEMBERSHIP, GATEWAY);
        assertThat(DevstackSettings.from(both, Map.of("CHARTER_SERVICES", " Gateway ")::get).servicePorts())
                .containsOnlyKeys(GATEWAY);
        assertThat(DevstackSettings.from(both, Map.of("CHARTER_SERVICES", "none")::get).servicePorts()).isEmpty();
        assertThatThrownBy(() -> DevstackSettings.from(both, Map.of("CHARTER_SERVICES", "gateway,ballots")::get))
                .hasMessage("CHARTER_SERVICES names no such service: ballots (the services are membership, gateway, or none)");
    }
}
