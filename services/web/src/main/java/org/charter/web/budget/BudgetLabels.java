package org.charter.web.budget;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A budget line's category and tier in the reader's language: the bundle's name for the ones
 * Charter knows (MEMBER_FEES, GRANTS, ...), else the consortium's own constant in plain words
 * ("ITEM_DEVELOPMENT" as "Item development"), never the raw constant.
 */
@Component
class BudgetLabels {

    private final MessageSource messages;

    BudgetLabels(MessageSource messages) {
        this.messages = messages;
    }

    String category(String category, Locale locale) {
        return messages.getMessage("budget.category." + category, null, words(category), locale);
    }

    String tier(String tier, Locale locale) {
        return tier == null || tier.isBlank() ? "" : messages.getMessage("tier." + tier, null, words(tier), locale);
    }

    static String words(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
