package org.charter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private final LocalTimes times = new LocalTimes(ZoneOffset.UTC);

    @Test
    void a_closing_time_reads_in_the_readers_language() {
        Instant closes = Instant.parse("2026-12-12T12:31:57Z");

        assertThat(times.format(closes, Locale.ENGLISH)).contains("December 12, 2026").contains("12:31").endsWith("(Z)");
        assertThat(times.format(closes, Locale.forLanguageTag("es"))).contains("12 de diciembre de 2026").contains("12:31");
    }
}
