package org.charter.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the links of the language switch (back to the same page, its
 * query kept) and the language it is in. Times are formatted with {@link #time(Instant)} in templates as
 * {@code ${@pageDefaults.time(poll.closesAt)}}.
 */
@ControllerAdvice
public class PageDefaults {

    private static final int VOTE_DECIMALS = 2;

    private final LocalTimes times;

    PageDefaults(@Value("${charter.web.time-zone:UTC}") ZoneId zone) {
        this.times = new LocalTimes(zone);
    }

    /**
     * The page as it was asked for, query and all, in another language ({@code lang} alone replaced),
     * for the language switch as {@code ${@pageDefaults.languageLink('es')}}. A bean method rather
     * than a model attribute, so the error pages drawn by exception handlers have it too.
     */
    public String languageLink(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/?lang=" + language;
        }
        HttpServletRequest request = attributes.getRequest();
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return inLanguage(asked, language);
    }

    private static String inLanguage(String asked, String language) {
        return UriComponentsBuilder.fromUriString(asked).replaceQueryParam("lang", language).build().toUriString();
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

    /**
     * A fractional count (an STV tally or quota, which the count reports with five decimals) in the
     * page's language with two decimals, as {@code ${@pageDefaults.votes(s.tally(name))}}; text that
     * is not a number is shown as it came.
     */
    public String votes(Object votes) {
        if (votes == null) {
            return "";
        }
        BigDecimal number;
        try {
            number = votes instanceof BigDecimal decimal ? decimal : new BigDecimal(votes.toString().trim());
        } catch (NumberFormatException notANumber) {
            return votes.toString();
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(VOTE_DECIMALS);
        format.setMaximumFractionDigits(VOTE_DECIMALS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }

    /** An ISO date (a term's start or end) in the page's language; text that is not a date is shown as it came. */
    public String date(Object isoDate) {
        if (isoDate == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale())
                    .format(LocalDate.parse(isoDate.toString().trim()));
        } catch (DateTimeParseException notADate) {
            return isoDate.toString();
        }
    }

    public String time(Instant instant) {
        Locale locale = LocaleContextHolder.getLocale();
        return times.format(instant, locale);
    }

    /** An ISO instant as an API sent it (a string in a map), in the page's language; nothing for none. */
    public String instant(Object isoInstant) {
        if (isoInstant == null || isoInstant.toString().isBlank()) {
            return "";
        }
        return time(Instant.parse(isoInstant.toString()));
    }
}
