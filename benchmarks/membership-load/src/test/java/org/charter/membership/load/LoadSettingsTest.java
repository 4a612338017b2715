package org.charter.membership.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void defaults_target_the_gateway_on_this_machine_with_bounds() {
        LoadSettings settings = LoadSettings.parse();

        assertThat(settings.baseUrl().toString()).isEqualTo("http://localhost:8080");
        assertThat(settings.requests()).isEqualTo(5_000);
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void options_override_the_defaults() {
        LoadSettings settings = LoadSettings.parse("--base-url", "http://127.0.0.1:8081", "--requests", "100",
                "--seconds", "5", "--concurrency", "2", "--commands", "50", "--token", "abc");

        assertThat(settings).isEqualTo(new LoadSettings(java.net.URI.create("http://127.0.0.1:8081"), "abc", 100,
                Duration.ofSeconds(5), 2, 50));
    }

    @Test
    void only_loopback_targets_are_accepted() {
        assertThatThrownBy(() -> LoadSettings.parse("--base-url", "http://example.org:8080"))
                .hasMessageContaining("this machine");
    }

    @Test
    void unbounded_or_nonsensical_runs_are_refused() {
        assertThatThrownBy(() -> LoadSettings.parse("--requests", "0")).hasMessageContaining("--requests");
        assertThatThrownBy(() -> LoadSettings.parse("--seconds", "3600")).hasMessageContaining("--seconds");
        assertThatThrownBy(() -> LoadSettings.parse("--concurrency", "500")).hasMessageContaining("--concurrency");
        assertThatThrownBy(() -> LoadSettings.parse("--commands", "101")).hasMessageContaining("--commands");
        assertThatThrownBy(() -> LoadSettings.parse("--bogus")).hasMessageContaining("unknown option");
    }
}
