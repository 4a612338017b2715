package org.charter.platform.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its own header rules (every character
 * assigned in Unicode and not a control character; a value may also hold tabs) checked by a loop
 * instead of a regular expression. The firewall checks each header every time it is read, and
 * the regular expression cost more per request than anything but the database: a bearer token
 * is some 800 characters, each classified by several predicate lambdas.
 */
final class HeaderCharacterRules {

    private HeaderCharacterRules() {
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(name -> assignedAndNotControl(name, false));
        firewall.setAllowedHeaderValues(value -> assignedAndNotControl(value, true));
        return firewall;
    }

    /** As {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} (with {@code tabAllowed}: {@code ...||\t}), on code points. */
    static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 0x20 && c < 0x7F) {
                i++; // printable ASCII, nearly every character of a real header
                continue;
            }
            int type = Character.getType(c);
            boolean allowed = type != Character.UNASSIGNED && (type != Character.CONTROL || tabAllowed && c == '\t');
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
