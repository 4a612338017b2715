package org.charter.notification.webhook.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.charter.notification.webhook.WebhookEventTypes;
import org.junit.jupiter.api.Test;

class WebhookSubscribeTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void a_subscriber_may_want_every_event_type_there_is() {
        var everyType = new WebhookController.Subscribe("https://hooks.example.org/a", WebhookEventTypes.ALL);

        assertThat(validator.validate(everyType)).isEmpty();
        assertThat(WebhookEventTypes.ALL.size()).isLessThanOrEqualTo(WebhookController.MAX_EVENT_TYPES);
    }

    @Test
    void up_to_twenty_event_types_pass_the_request_check_and_twenty_one_do_not() {
        List<String> twenty = new ArrayList<>(IntStream.range(0, 20).mapToObj(i -> "charter.x.T" + i + ".v1").toList());
        assertThat(validator.validate(new WebhookController.Subscribe("https://hooks.example.org/a", twenty))).isEmpty();

        twenty.add("charter.x.T20.v1");
        assertThat(validator.validate(new WebhookController.Subscribe("https://hooks.example.org/a", twenty))).hasSize(1);
    }
}
