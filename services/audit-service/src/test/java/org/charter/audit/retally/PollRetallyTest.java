package org.charter.audit.retally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.charter.audit.replay.Governance;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.Script;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.PollId;
import org.charter.committee.vote.VoteEvent;
import org.charter.committee.vote.VoteId;
import org.charter.platform.event.EventJson;
import org.junit.jupiter.api.Test;

/**
 * The scripted history's three counted rounds re-tallied from the members' vote streams: the two
 * honest ones match, the one whose recorded result was forged (a block recorded as consensus) is
 * flagged with what differs.
 */
class PollRetallyTest {

    private final Script script = Governance.script(state -> state);

    @Test
    void honest_rounds_match_and_the_forged_one_is_flagged_with_what_differs() {
        Retally retally = new PollRetally().run(committee(script.events()));

        assertThat(retally.counted()).isEqualTo(3);
        assertThat(retally.matched()).isEqualTo(2);
        assertThat(retally.ok()).isFalse();
        assertThat(retally.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("POLL");
            assertThat(d.id()).isEqualTo(Governance.TAMPERED_POLL);
            assertThat(d.recorded()).isEqualTo("CONSENSUS");
            assertThat(d.recounted()).isEqualTo("BLOCKED");
            assertThat(d.detail()).contains("outcome recorded CONSENSUS, recounted BLOCKED", "counts recorded", "roll call");
        });
    }

    @Test
    void a_position_stated_after_the_round_closed_changes_nothing_and_redelivery_counts_once() throws Exception {
        List<HistoricalEvent> events = new ArrayList<>(script.events());
        events.addAll(script.events());
        Instant late = Governance.FEB.plus(Duration.ofDays(8)); // the first round closed a day before
        String stream = new VoteId(PollId.parse(Governance.FIRST_ROUND), "GU").streamId();
        events.add(new HistoricalEvent(UUID.randomUUID().toString(), "charter.committee.PositionStated.v1", stream, late, 2,
                EventJson.newMapper().writeValueAsString(new VoteEvent.PositionStated(Governance.FIRST_ROUND, "GU",
                        Answer.BLOCK, "too late", late, "person-GU"))));

        Retally retally = new PollRetally().run(committee(events));

        assertThat(retally.counted()).isEqualTo(3);
        assertThat(retally.discrepancies()).extracting(Discrepancy::id).containsExactly(Governance.TAMPERED_POLL);
    }

    @Test
    void a_history_without_counted_polls_is_clean() {
        Retally retally = new PollRetally().run(script.events().stream().filter(e -> e.subject().startsWith("GU")));

        assertThat(retally.ok()).isTrue();
        assertThat(retally.counted()).isZero();
    }

    private static java.util.stream.Stream<HistoricalEvent> committee(List<HistoricalEvent> events) {
        return events.stream().filter(e -> e.type().startsWith("charter.committee."));
    }
}
