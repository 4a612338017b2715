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
 * claimed, its generated form filled in and completed. Tasklist is Camunda's page, not the web
 * app's: axe-core does not judge it.
 */
final class Tasklist {

    private Tasklist() {
    }

    /** On Tasklist's login page (where the link led): signs in as the devstack's development user. */
    static void signIn(Page page) {
        page.getByPlaceholder("Username").fill("demo");
        page.getByPlaceholder("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("(?i)^\\s*log ?in\\s*$"))).click();
        assertThat(page.getByPlaceholder("Password")).hasCount(0);
    }

    /** Opens the task by its id, claims it, fills in its form's fields (by variable name) and completes it. */
    static void complete(Page page, String tasklistUrl, String task, Map<String, String> fields) {
        page.navigate(tasklistUrl + "default/#/?task=" + task);
        page.getByText("Claim", new Page.GetByTextOptions().setExact(true)).click();
        fields.forEach((name, value) -> page.locator("[name=" + name + "]").fill(value));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true)).click();
        // the form is gone once the engine took it
        assertThat(page.locator("[name=" + fields.keySet().iterator().next() + "]")).hasCount(0);
    }
}
