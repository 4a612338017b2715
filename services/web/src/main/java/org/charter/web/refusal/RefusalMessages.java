package org.charter.web.refusal;

import java.util.Locale;
import org.charter.web.api.ApiRefusal;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * An API's refusal in the reader's language: the bundle's {@code refusal.<code>} (the DOMAIN.md §8
 * code of the problem), else a general sentence with the service's own detail, so that no refusal
 * is ever shown without saying what happened.
 */
@Component
public class RefusalMessages {

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String explain(ApiRefusal refusal, Locale locale) {
        try {
            return messages.getMessage("refusal." + refusal.code(), new Object[] {refusal.detail()}, locale);
        } catch (NoSuchMessageException unknown) {
            return messages.getMessage("refusal.other", new Object[] {refusal.detail(), refusal.status()}, locale);
        }
    }
}
