package org.charter.web.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of integer USD cents as a person reads it, in the language's own currency format. The
 * cents become a {@link BigDecimal} with scale 2, never a double, so every cent shown is exact.
 */
public final class Money {

    private static final Currency USD = Currency.getInstance("USD");

    private Money() {
    }

    public static String format(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(USD);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** A change of an amount: a plus sign on an increase, so that the sign, not a colour, says which way it went. */
    public static String formatChange(long cents, Locale locale) {
        return cents > 0 ? "+" + format(cents, locale) : format(cents, locale);
    }
}
