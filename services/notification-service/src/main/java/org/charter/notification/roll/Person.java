package org.charter.notification.roll;

import java.util.List;
import org.charter.notification.preference.Language;

/**
 * A person who is no member's representative (a secretary, an independent expert), as the setting
 * {@code charter.notification.people} lists them: membership keeps no contacts for them.
 *
 * @param language the language of their messages until they choose one (English when unset)
 * @param groups   the Camunda candidate groups they are in (e.g. {@code secretary})
 */
public record Person(String personId, String name, String email, Language language, List<String> groups) {

    public Person {
        language = language == null ? Language.EN : language;
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
