package org.charter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void cents_are_shown_exactly_in_each_language() {
        assertThat(Money.format(1_025_000_001L, Locale.ENGLISH)).isEqualTo("$10,250,000.01");
        assertThat(Money.format(-1, Locale.ENGLISH)).isEqualTo("-$0.01");
        assertThat(Money.format(0, Locale.ENGLISH)).isEqualTo("$0.00");
        assertThat(Money.format(1_025_000_001L, Locale.forLanguageTag("es"))).isEqualTo("10.250.000,01\u00a0US$");
    }

    @Test
    void the_largest_amount_a_budget_holds_keeps_its_last_cent() {
        // a double holds 15-16 digits: 10 trillion dollars and one cent would lose the cent
        assertThat(Money.format(1_000_000_000_000_001L, Locale.ENGLISH)).isEqualTo("$10,000,000,000,000.01");
    }

    @Test
    void a_change_carries_its_sign_either_way() {
        assertThat(Money.formatChange(25_000_000L, Locale.ENGLISH)).isEqualTo("+$250,000.00");
        assertThat(Money.formatChange(-5_000_001L, Locale.ENGLISH)).isEqualTo("-$50,000.01");
        assertThat(Money.formatChange(0, Locale.ENGLISH)).isEqualTo("$0.00");
        assertThat(Money.formatChange(1, Locale.forLanguageTag("es"))).isEqualTo("+0,01\u00a0US$");
    }
}
