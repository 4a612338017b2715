package org.charter.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app's own message bundle of one language ({@code web/i18n/messages*.properties} of
 * {@code charter-web}, on this module's classpath), so a browser flow written once asserts the
 * texts of the language it runs in. Formatted as Spring's message source does: MessageFormat only
 * when there are arguments.
 */
final class WebTexts {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(?:,[^}]*)?}");

    private final Locale locale;
    private final Properties messages;

    private WebTexts(Locale locale, Properties messages) {
        this.locale = locale;
        this.messages = messages;
    }

    /** The bundle of {@code language} ({@code en} or {@code es}). */
    static WebTexts of(String language) {
        Properties messages = read("/web/i18n/messages.properties");
        if (!language.equals("en")) {
            messages.putAll(read("/web/i18n/messages_" + language + ".properties"));
        }
        return new WebTexts(Locale.forLanguageTag(language), messages);
    }

    String language() {
        return locale.getLanguage();
    }

    /** The browser's locale for a context in this language. */
    String browserLocale() {
        return language().equals("es") ? "es-ES" : "en-US";
    }

    String text(String key, Object... arguments) {
        String message = messages.getProperty(key);
        if (message == null) {
            throw new IllegalArgumentException("no message " + key + " in the " + language() + " bundle");
        }
        return arguments.length == 0 ? message : new MessageFormat(message, locale).format(arguments);
    }

    /** The whole message as a pattern, each argument matching any text (dates, counts, ids). */
    Pattern pattern(String key) {
        String message = text(key).replace("''", "'");
        StringBuilder regex = new StringBuilder("^");
        Matcher argument = ARGUMENT.matcher(message);
        int from = 0;
        while (argument.find()) {
            regex.append(quote(message.substring(from, argument.start()))).append(".+?");
            from = argument.end();
        }
        return Pattern.compile(regex.append(quote(message.substring(from))).append("$").toString());
    }

    /** Each special character escaped, not Java's quoting: Playwright hands the pattern to the browser's JavaScript. */
    private static String quote(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
    }

    private static Properties read(String resource) {
        try (InputStream in = WebTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (charter-web)");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
