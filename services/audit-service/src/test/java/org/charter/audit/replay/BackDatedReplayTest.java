package org.charter.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.charter.membership.member.DecisionRef;
import org.charter.membership.member.Member;
import org.charter.membership.member.MemberId;
import org.charter.membership.member.MemberKind;
import org.charter.membership.member.MemberStatus;
import org.charter.membership.member.Ruling;
import org.charter.membership.member.Tier;
import org.charter.membership.representative.Person;
import org.charter.membership.representative.Term;
import org.charter.platform.error.CharterException;
import org.junit.jupiter.api.Test;

/**
 * A member's back-dated history, as the demo consortium records it: everything recorded on one day
 * at the end of 2026, effective from 2014 on (applied 2014, admitted 2015, a delegate from 2016,
 * demoted to affiliate in 2024, suspended in October 2025). By recorded time nothing of it existed
 * in 2025; by effective dates replay answers what the member's own rules say it was then.
 */
class BackDatedReplayTest {

    private static final Instant RECORDED = Instant.parse("2026-12-05T21:41:30Z");
    private static final Instant APPLIED = Instant.parse("2014-01-15T08:00:00Z");
    private static final Instant ADMITTED = Instant.parse("2015-02-01T00:00:00Z");
    private static final Instant DELEGATE = Instant.parse("2016-07-01T00:00:00Z");
    private static final Instant DEMOTED = Instant.parse("2024-07-01T00:00:00Z");
    private static final Instant SUSPENDED = Instant.parse("2025-10-15T00:00:00Z");

    private final Script script = new Script(state -> state);
    private final Member live = backDated();
    private final Replaying replaying = new Replaying(new ReplayKinds());

    @Test
    void by_recorded_time_nothing_was_there_in_2025_and_by_effective_dates_the_member_was_as_its_rules_say() {
        Instant september2025 = Instant.parse("2025-09-30T00:00:00Z");

        assertThatThrownBy(() -> replay(september2025, Timeline.RECORDED))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_RECORDED"));
        Replayed effective = replay(september2025, Timeline.EFFECTIVE);

        Member then = (Member) effective.state();
        assertThat(effective.by()).isEqualTo(Timeline.EFFECTIVE);
        assertThat(then.scheduled()).isEqualTo(live.standingAt(september2025).orElseThrow());
        assertThat(then.scheduled().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(then.scheduled().tier()).isEqualTo(Tier.AFFILIATE);
        assertThat(then.timeline()).hasSize(3);
        assertThat(effective.lastEventAt()).isEqualTo(RECORDED);
    }

    @Test
    void at_every_effective_date_and_around_it_the_standing_and_delegate_are_the_members_own_as_of_then() {
        for (Instant date : List.of(APPLIED, ADMITTED, DELEGATE, DEMOTED, SUSPENDED)) {
            for (Instant at : List.of(date.minusMillis(1), date, date.plusSeconds(86_400))) {
                if (at.isBefore(APPLIED)) {
                    continue;
                }
                Member then = (Member) replay(at, Timeline.EFFECTIVE).state();
                assertThat(then.scheduled()).as("standing at " + at).isEqualTo(live.standingAt(at).orElseThrow());
                // who held which role then; a term's end is a later fact, unknown as of then
                assertThat(then.representativesAt(at)).as("representatives at " + at)
                        .extracting(Term::role, Term::person, Term::from)
                        .isEqualTo(live.representativesAt(at).stream().map(t -> tuple(t.role(), t.person(), t.from())).toList());
            }
        }
    }

    @Test
    void by_effective_dates_nothing_was_in_effect_before_the_application() {
        assertThatThrownBy(() -> replay(APPLIED.minusSeconds(1), Timeline.EFFECTIVE))
                .isInstanceOfSatisfying(CharterException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOTHING_RECORDED");
                    assertThat(e.getMessage()).contains("in effect");
                });
    }

    @Test
    void recorded_stays_the_default_and_sees_everything_once_it_was_recorded() {
        Member recorded = (Member) replaying.replay("member", "CA", RECORDED, history()).state();

        assertThat(recorded.timeline()).isEqualTo(live.timeline());
        assertThat(recorded.scheduled().status()).isEqualTo(MemberStatus.SUSPENDED);
    }

    @Test
    void a_kind_whose_events_state_no_effective_date_is_replayed_by_their_recorded_time() {
        Script governance = Governance.script(state -> state);
        History all = context -> governance.events().stream();

        Replayed byEffective = replaying.replay("motion", Governance.MOTION, Governance.JUN, Timeline.EFFECTIVE, all);
        Replayed byRecorded = replaying.replay("motion", Governance.MOTION, Governance.JUN, Timeline.RECORDED, all);

        assertThat(byEffective.version()).isEqualTo(byRecorded.version());
        assertThat(org.charter.audit.replay.adapter.StateJson.of(byEffective.state()))
                .isEqualTo(org.charter.audit.replay.adapter.StateJson.of(byRecorded.state()));
    }

    @Test
    void a_timeline_is_named_recorded_or_effective_and_nothing_else() {
        assertThat(Timeline.named("effective")).isEqualTo(Timeline.EFFECTIVE);
        assertThat(Timeline.named("RECORDED")).isEqualTo(Timeline.RECORDED);
        assertThatThrownBy(() -> Timeline.named("decided"))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.code()).isEqualTo("REPLAY_BY_INVALID"));
    }

    private Member backDated() {
        var registered = Member.register(MemberId.of("CA"), "California", MemberKind.STATE, Tier.GOVERNING, APPLIED, RECORDED);
        Member member = Member.replay(registered);
        script.created("membership", "CA", registered, RECORDED);
        script.record("membership", "CA", member, member.admit(new Ruling(ADMITTED, ADMITTED,
                DecisionRef.minutes("GB-2015-01")), RECORDED), RECORDED);
        script.record("membership", "CA", member, member.appointDelegate(Person.of("ca-delegate", "Delegate CA"),
                new Ruling(DELEGATE, DELEGATE, DecisionRef.notice("CA-2016-06")), RECORDED), RECORDED);
        script.record("membership", "CA", member, member.changeTier(Tier.AFFILIATE, new Ruling(DEMOTED, DEMOTED,
                DecisionRef.minutes("GB-2024-06")), RECORDED), RECORDED);
        script.record("membership", "CA", member, member.suspend("fees unpaid", new Ruling(SUSPENDED, SUSPENDED,
                DecisionRef.minutes("GB-2025-10")), RECORDED), RECORDED);
        return member;
    }

    private Replayed replay(Instant at, Timeline timeline) {
        return replaying.replay("member", "CA", at, timeline, history());
    }

    private History history() {
        return context -> script.events().stream();
    }
}
