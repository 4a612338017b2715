package org.charter.devstack;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Camunda's Tasklist in the browser, as a secretary reaches it from the web app's processes page
 * (its "Open Tasklist" link): the devstack's development login of the webapps ({@code demo}, the
 * embedded default's only engine user, with the filter "All tasks"), then one task opened by its id,
 * claimed, its generated form filled in and completed. Tasklist is Camunda's page, in English or
 * German only (a Spanish browser gets English), not the web app's: axe-core does not judge it.
 */
final class Tasklist {

    /** The devstack's webapp user ({@code camunda.bpm.admin-user} in {@code DevstackServices}). */
    static final String USER = "demo";

    private Tasklist() {
    }

    /** On Tasklist's login page (where the link led): signs in as the devstack's development user. */
    static void signIn(Page page) {
        page.getByPlaceholder("Username").fill(USER);
        page.getByPlaceholder("Password").fill(USER);
        // a regular expression of Java's, handed to the browser: no inline flags there, so the flag goes separately
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^\\s*log ?in\\s*$", Pattern.CASE_INSENSITIVE))).click();
        assertThat(page.getByPlaceholder("Password")).hasCount(0);
    }

    /**
     * Opens the task by its id, claims it and fills in its generated form's fields (by variable
     * name); the form is left for the caller to look at, then {@link #complete(Page)}.
     */
    static void claimAndFillIn(Page page, String tasklistUrl, String task, Map<String, String> fields) {
        page.navigate(tasklistUrl + "default/#/?task=" + task);
        // Tasklist's own markup: the task's "Claim" button, then the assignee's "Unclaim" button (an icon with a tooltip)
        page.locator("button.claim").click();
        assertThat(page.locator("button.unclaim")).isVisible();
        fields.forEach((name, value) -> page.locator("[cam-variable-name=" + name + "]").fill(value));
    }

    /** Completes the task open in the page; its form is gone once the engine took it. */
    static void complete(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true)).click();
        assertThat(page.locator("[cam-variable-name]")).hasCount(0);
    }
}
