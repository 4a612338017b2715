package org.charter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.test.Refusals;
import org.junit.jupiter.api.Test;

class WebhookEventTypesTest {

    @Test
    void the_notice_facts_may_be_subscribed_to() {
        assertThat(WebhookEventTypes.check(List.of("charter.committee.PollOpened.v1", "charter.workflow.PollReminderDue.v1")))
                .containsExactly("charter.committee.PollOpened.v1", "charter.workflow.PollReminderDue.v1");
    }

    @Test
    void an_unknown_type_or_a_vote_is_refused() {
        Refusals.refused(InvalidRequest.class, WebhookEventTypes.UNKNOWN,
                () -> WebhookEventTypes.check(List.of("charter.committee.PollOpened.v2")));
        Refusals.refused(InvalidRequest.class, WebhookEventTypes.UNKNOWN,
                () -> WebhookEventTypes.check(List.of("charter.committee.VoteCast.v1")));
        Refusals.refused(InvalidRequest.class, WebhookEventTypes.UNKNOWN, () -> WebhookEventTypes.check(List.of()));
    }
}
