package org.charter.notification.preference.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.charter.notification.preference.ChoosingPreferences;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The target of every message's {@code List-Unsubscribe} header: a mail client's one-click POST
 * (RFC 8058, body {@code List-Unsubscribe=One-Click}) switches the kind the signed token names off,
 * without sign-in (a public path: the token is the authority). Only POST changes anything, so a
 * link scanner that follows the URI with GET unsubscribes nobody.
 */
@RestController
@RequestMapping("/api/v1/unsubscriptions")
@Tag(name = "Preferences", description = "A person's language and the kinds of notice they do not want by e-mail")
class UnsubscribeController {

    private final ChoosingPreferences choosing;

    UnsubscribeController(ChoosingPreferences choosing) {
        this.choosing = choosing;
    }

    @PostMapping
    @Operation(summary = "One-click unsubscribe (RFC 8058): the kind of notice the signed token names is no longer e-mailed "
            + "to its person; no sign-in. 400 INVALID_UNSUBSCRIBE_TOKEN for a token the service did not sign")
    PreferenceController.PreferencesView unsubscribe(@RequestParam String token) {
        return PreferenceController.PreferencesView.of(choosing.unsubscribe(token));
    }
}
