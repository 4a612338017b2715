package org.charter.notification.preference.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.TreeSet;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.preference.ChoosingPreferences;
import org.charter.notification.preference.Language;
import org.charter.notification.preference.Preferences;
import org.charter.platform.event.CommandContext;
import org.charter.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{personId}/preferences")
@Tag(name = "Preferences", description = "A person's language and the kinds of notice they do not want by e-mail")
class PreferenceController {

    private final ChoosingPreferences choosing;

    PreferenceController(ChoosingPreferences choosing) {
        this.choosing = choosing;
    }

    /** {@code emailOff} has no size limit of its own: a set of kinds holds at most every kind there is. */
    record Choice(@NotNull Language language, Set<NoticeKind> emailOff) {
    }

    /**
     * @param remindersAlways a reminder reaches a voting delegate whose member has not voted whatever {@code emailOff} says
     */
    record PreferencesView(String personId, Language language, Set<NoticeKind> emailOff, boolean remindersAlways) {
        static PreferencesView of(Preferences p) {
            return new PreferencesView(p.personId(), p.language(), new TreeSet<>(p.emailOff()), true);
        }
    }

    @GetMapping
    @Operation(summary = "The person's preferences (the person themself, or an admin); defaults when none were chosen")
    PreferencesView get(@PathVariable String personId, CommandContext context) {
        return PreferencesView.of(choosing.read(personId, context.actor().subject(), admin(context)));
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('DELEGATE', 'SECRETARY', 'ADMIN')")
    @Operation(summary = "Choose the language (EN, ES) and the notices not wanted by e-mail (POLL_OPENED, REMINDER, POLL_RESULT,"
            + " CONTEST_OPENED, CONTEST_CLOSED, CONTEST_CERTIFIED, MOTION_REVISED, BUDGET_ADOPTED, TASK_ASSIGNED)",
            description = "Reminders cannot be switched off for a voting delegate (or a committee's seat holder) while its member"
                    + " has not voted: they are sent anyway.")
    PreferencesView put(@PathVariable String personId, @Valid @RequestBody Choice body, CommandContext context) {
        return PreferencesView.of(choosing.choose(personId, body.language(), body.emailOff(), context.actor().subject(),
                admin(context)));
    }

    private static boolean admin(CommandContext context) {
        return Role.of(context.actor()).map(r -> r == Role.ADMIN).orElse(false);
    }
}
