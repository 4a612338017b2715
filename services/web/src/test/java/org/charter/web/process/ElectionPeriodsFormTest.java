package org.charter.web.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ElectionPeriodsFormTest {

    /** The workflow's defaults as {@code GET /api/v1/processes/ec-election/periods} gives them. */
    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new java.util.LinkedHashMap<>();
        defaults.put("nominationsOpen", "P45D");
        defaults.put("nominationsClose", "P21D");
        defaults.put("acceptance", "P14D");
        defaults.put("slate", "P10D");
        defaults.put("ballot", "P7D");
        defaults.put("reopening", "P14D");
        defaults.put("certification", "P5D");
        return java.util.Collections.unmodifiableMap(defaults);
    }

    @Test
    void emptyFieldsKeepTheDefaultsAndSendNothing() {
        var form = ElectionPeriodsForm.read(Map.of("ballot", " ", "slate", ""), DEFAULTS);

        assertThat(form.overrides()).isEmpty();
        assertThat(form.mistakes()).isEmpty();
    }

    @Test
    void overridesAreSentAsWrittenInCapitals() {
        var form = ElectionPeriodsForm.read(Map.of("nominationsOpen", " p60d ", "ballot", "PT72H", "certification", "P2D"), DEFAULTS);

        assertThat(form.mistakes()).isEmpty();
        assertThat(form.overrides()).containsExactly(Map.entry("nominationsOpen", "P60D"), Map.entry("ballot", "PT72H"),
                Map.entry("certification", "P2D"));
    }

    @Test
    void aDemoCalendarOfMinutesIsAccepted() {
        var form = ElectionPeriodsForm.read(Map.of("nominationsOpen", "PT10M", "nominationsClose", "PT6M", "acceptance", "PT4M",
                "slate", "PT2M", "ballot", "PT3M", "reopening", "PT1M"), DEFAULTS);

        assertThat(form.mistakes()).isEmpty();
        assertThat(form.overrides()).hasSize(6);
    }

    @Test
    void anUnreadableOrNotPositivePeriodIsNamed() {
        var form = ElectionPeriodsForm.read(Map.of("ballot", "a week", "reopening", "PT0S", "certification", "-P1D"), DEFAULTS);

        assertThat(form.mistakes()).containsOnlyKeys("ballot", "reopening", "certification");
        assertThat(form.mistakes().get("ballot").key()).isEqualTo("processes.election.period.unreadable");
        assertThat(form.mistakes().get("ballot").arguments()).containsExactly("a week");
        assertThat(form.mistakes().get("reopening").key()).isEqualTo("processes.election.period.notPositive");
        assertThat(form.mistakes().get("certification").key()).isEqualTo("processes.election.period.notPositive");
    }

    @Test
    void stepsOutOfOrderAreNamedOnTheFieldChangedCountingEmptyOnesAtTheirDefaults() {
        var closesTooEarly = ElectionPeriodsForm.read(Map.of("nominationsClose", "P50D"), DEFAULTS);
        assertThat(closesTooEarly.mistakes()).containsOnlyKeys("nominationsClose");
        assertThat(closesTooEarly.mistakes().get("nominationsClose").key()).isEqualTo("processes.election.period.closeAfterOpen");
        assertThat(closesTooEarly.mistakes().get("nominationsClose").arguments()).containsExactly("P45D", "P50D");

        // a short nomination period alone: the defaults after it no longer fit, and the field changed is named
        var openTooShort = ElectionPeriodsForm.read(Map.of("nominationsOpen", "PT10M"), DEFAULTS);
        assertThat(openTooShort.mistakes()).containsOnlyKeys("nominationsOpen");

        var equalOpenAndClose = ElectionPeriodsForm.read(Map.of("nominationsOpen", "P21D"), DEFAULTS);
        assertThat(equalOpenAndClose.mistakes()).containsOnlyKeys("nominationsOpen");

        var slateBeforeAcceptance = ElectionPeriodsForm.read(Map.of("slate", "P15D"), DEFAULTS);
        assertThat(slateBeforeAcceptance.mistakes().get("slate").key()).isEqualTo("processes.election.period.slateAfterAcceptance");

        // equal steps are allowed (the election service's own rule): acceptance ends as nominations close
        assertThat(ElectionPeriodsForm.read(Map.of("acceptance", "P21D", "slate", "P21D"), DEFAULTS).mistakes()).isEmpty();
    }

    @Test
    void theDefaultsAreTheWorkflowsWhateverTheyAre() {
        Map<String, String> shorter = new java.util.LinkedHashMap<>(DEFAULTS);
        shorter.put("nominationsOpen", "P30D");

        var closesAfterTheShorterOpening = ElectionPeriodsForm.read(Map.of("nominationsClose", "P35D"), shorter);

        assertThat(closesAfterTheShorterOpening.mistakes().get("nominationsClose").arguments()).containsExactly("P30D", "P35D");
        // a workflow without some step: only the steps it has are ordered
        assertThat(ElectionPeriodsForm.read(Map.of("ballot", "P3D"), Map.of("ballot", "P7D")).mistakes()).isEmpty();
    }
}
