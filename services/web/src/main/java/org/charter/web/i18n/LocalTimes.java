package org.charter.web.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** An instant as a person reads it: the language's own date and time format, in the app's time zone, named. */
public final class LocalTimes {

    private final ZoneId zone;

    public LocalTimes(ZoneId zone) {
        this.zone = zone;
    }

    public String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant) + " (" + zone.getId() + ")";
    }
}
