package org.charter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void signs_the_standard_webhooks_test_vector_exactly() {
        assertThat(WebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifies_one_of_several_signatures_and_refuses_a_changed_body_id_or_timestamp() {
        String header = "v1,bm9wZQ== " + WebhookSignature.sign(SECRET, "id-1", 1000, "{}");
        assertThat(WebhookSignature.verify(SECRET, "id-1", 1000, "{}", header)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, "id-1", 1000, "{ }", header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "id-2", 1000, "{}", header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "id-1", 1001, "{}", header)).isFalse();
    }

    @Test
    void a_new_secret_is_a_prefixed_random_32_byte_key() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize(6 + 44).isNotEqualTo(WebhookSignature.newSecret());
    }
}
