package org.charter.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OutboxStreamsPatternTest {

    private final Pattern pattern = Outbox.streamsPattern(List.of("M-1", "a.b", "X#Y", "(q)"));

    @Test
    void it_matches_the_elements_of_the_streams_named_with_or_without_an_event_id() {
        assertThat(List.of("M-1#1", "M-1#12|0b7f3c1e-2d4a-4c43-9a55-5d0f6f1d2e3a", "a.b#3", "X#Y#7", "(q)#1|x"))
                .allSatisfy(element -> assertThat(pattern.matcher(element).matches()).as(element).isTrue());
    }

    @Test
    void it_takes_a_stream_id_literally_and_whole() {
        assertThat(List.of("M-10#1", "M-1x#1", "axb#3", "X#1", "X#Y#Z#1", "q#1", "M-1#", "M-1#1x", "pre-M-1#1"))
                .allSatisfy(element -> assertThat(pattern.matcher(element).matches()).as(element).isFalse());
    }
}
