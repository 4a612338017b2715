package org.charter.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the path it was asked at (the language switch links back to it)
 * and the language it is in. Times are formatted with {@link #time(Instant)} in templates as
 * {@code ${@pageDefaults.time(poll.closesAt)}}.
 */
@ControllerAdvice
public class PageDefaults {

    private final LocalTimes times;

    PageDefaults(@Value("${charter.web.time-zone:UTC}") ZoneId zone) {
        this.times = new LocalTimes(zone);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("language")
    String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    /** Integer USD cents in the page's language, as {@code ${@pageDefaults.money(line.amountCents)}}. */
    public String money(long cents) {
        return Money.format(cents, LocaleContextHolder.getLocale());
    }

    /** A change of an amount, signed ({@code +$1.00}, {@code -$1.00}), in the page's language. */
    public String moneyChange(long cents) {
        return Money.formatChange(cents, LocaleContextHolder.getLocale());
    }

    public String time(Instant instant) {
        Locale locale = LocaleContextHolder.getLocale();
        return times.format(instant, locale);
    }
}
