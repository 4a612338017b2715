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
import org.charter.membership.member.DecisionRef;
import org.charter.membership.member.MemberEvent;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Tier;
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
    void with_the_membership_facts_the_rights_lost_inside_a_window_are_re_derived_and_honest_rounds_still_match() {
        Retally retally = new PollRetally().run(committee(script.events()), membership(script.events()));

        assertThat(retally.counted()).isEqualTo(3);
        assertThat(retally.discrepancies()).extracting(Discrepancy::id).containsExactly(Governance.TAMPERED_POLL);
    }

    @Test
    void a_suspension_taking_effect_inside_the_window_that_the_result_left_out_is_flagged() throws Exception {
        // PR suspended two days into the first round (opened in February, a week long), recorded on the third day:
        // PR's block, stated in the first hour, still counts, but the result must name the rights lost
        Instant effective = Governance.FEB.plus(Duration.ofDays(2));
        List<HistoricalEvent> events = new ArrayList<>(script.events());
        events.add(suspension("PR", effective, Governance.FEB.plus(Duration.ofDays(3))));

        Retally retally = new PollRetally().run(committee(events), membership(events));

        assertThat(retally.discrepancies()).extracting(Discrepancy::id)
                .containsExactlyInAnyOrder(Governance.FIRST_ROUND, Governance.TAMPERED_POLL);
        Discrepancy first = retally.discrepancies().stream().filter(d -> d.id().equals(Governance.FIRST_ROUND)).findFirst()
                .orElseThrow();
        assertThat(first.recorded()).isEqualTo(first.recounted()).isEqualTo("BLOCKED");
        assertThat(first.detail()).contains("rights lost inside the window recorded {}, recounted {PR=" + effective + "}");
    }

    @Test
    void a_suspension_recorded_only_after_the_count_or_taking_effect_after_the_close_changes_nothing() throws Exception {
        List<HistoricalEvent> events = new ArrayList<>(script.events());
        // back-dated into the first round's window, but recorded after the round was counted
        events.add(suspension("PR", Governance.FEB.plus(Duration.ofDays(2)), Governance.FEB.plus(Duration.ofDays(9))));

        Retally retally = new PollRetally().run(committee(events), membership(events));

        assertThat(retally.discrepancies()).extracting(Discrepancy::id).containsExactly(Governance.TAMPERED_POLL);
    }

    @Test
    void a_history_without_counted_polls_is_clean() {
        Retally retally = new PollRetally().run(script.events().stream().filter(e -> e.subject().startsWith("GU")));

        assertThat(retally.ok()).isTrue();
        assertThat(retally.counted()).isZero();
    }

    /** PR's suspension as the membership service records it, after PR's registration and admission (sequence 3). */
    private static HistoricalEvent suspension(String member, Instant effective, Instant recorded) throws Exception {
        var event = new MemberEvent.MemberSuspended(member, "fees unpaid", effective, effective,
                DecisionRef.minutes("GB-2026-02b"), MemberStatus.SUSPENDED, Tier.GOVERNING, false);
        return new HistoricalEvent(UUID.randomUUID().toString(), "charter.membership.MemberSuspended.v1", member, recorded, 3,
                EventJson.newMapper().writeValueAsString(event));
    }

    private static java.util.stream.Stream<HistoricalEvent> membership(List<HistoricalEvent> events) {
        return events.stream().filter(e -> e.type().startsWith("charter.membership."));
    }

    private static java.util.stream.Stream<HistoricalEvent> committee(List<HistoricalEvent> events) {
        return events.stream().filter(e -> e.type().startsWith("charter.committee."));
    }
}
