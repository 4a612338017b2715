package org.charter.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.committee.CommitteeFixture.WEEK;
import static org.charter.committee.CommitteeFixture.delegateOf;
import static org.charter.committee.CommitteeFixture.secretary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.charter.committee.motion.MotionId;
import org.charter.committee.motion.MotionKind;
import org.charter.committee.motion.Subject;
import org.charter.committee.poll.Answer;
import org.charter.committee.poll.PollId;
import org.charter.committee.poll.PollType;
import org.charter.committee.vote.VoteId;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

/**
 * Every event type the committee records, produced by the real aggregates, matches its JSON
 * Schema in docs/events/committee/ (the ITs check the same on the Kafka topic for the common ones).
 */
class EventSchemasTest {

    @Test
    void every_committee_event_type_validates_against_its_schema() {
        CommitteeFixture committee = CommitteeFixture.withBoard(5);
        List<RecordedEvent> recorded = new ArrayList<>();

        MotionId policy = committee.propose(MotionKind.POLICY_ADOPTION);
        PollId round = committee.poll(policy, PollType.CONSENSUS_ROUND);
        committee.answer(round, delegateOf("M1"), Answer.BLOCK, "against the mission");
        committee.answer(round, delegateOf("M2"), Answer.SUPPORT_WITH_RESERVATIONS, "a sunset clause");
        committee.answer(round, delegateOf("M3"), Answer.STAND_ASIDE);
        committee.close(round);
        committee.revise(policy, "1. Publish item statistics.\n2. Yearly, with a sunset clause.");
        PollId second = committee.poll(policy, PollType.CONSENSUS_ROUND);
        committee.answers(second, 1, 5, Answer.SUPPORT);
        committee.close(second);

        MotionId removal = committee.propose(MotionKind.REMOVAL, new Subject("M5", null, null, null));
        PollId vote = committee.poll(removal, PollType.FORMAL_VOTE);
        committee.answers(vote, 1, 2, Answer.YES);
        committee.answers(vote, 3, 4, Answer.NO);
        committee.close(vote);

        MotionId lapsing = committee.propose(MotionKind.PROCEDURE_AMENDMENT);
        committee.close(committee.poll(lapsing, PollType.CONSENSUS_ROUND));
        committee.close(committee.poll(lapsing, PollType.CONSENSUS_ROUND));

        MotionId unattended = committee.propose(MotionKind.FEE_SCHEDULE);
        committee.close(committee.poll(unattended, PollType.FORMAL_VOTE));
        committee.close(committee.poll(unattended, PollType.FORMAL_VOTE));

        MotionId withdrawn = committee.propose(MotionKind.BUDGET_ADOPTION, new Subject(null, null, "fy2027", 1));
        committee.revising.withdraw(withdrawn, "superseded", secretary());

        CommitteeFixture empty = new CommitteeFixture();
        MotionId dissolution = empty.propose(MotionKind.DISSOLUTION);
        empty.scheduling.schedule(dissolution, PollType.FORMAL_VOTE, empty.clock.instant().plusSeconds(1),
                empty.clock.instant().plus(WEEK), secretary());
        empty.clock.advance(Duration.ofSeconds(2));
        empty.timekeeping.catchUp(dissolution, "tick");

        for (MotionId motion : List.of(policy, removal, lapsing, unattended, withdrawn)) {
            recorded.addAll(committee.motions.history(motion));
        }
        recorded.addAll(empty.motions.history(dissolution));
        for (PollId poll : List.of(round, second, vote)) {
            for (int i = 1; i <= 5; i++) {
                VoteId id = new VoteId(poll, "M" + i);
                if (committee.votes.exists(id)) {
                    recorded.addAll(committee.votes.history(id));
                }
            }
        }

        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type().replace("charter.committee.", "").replace(".v1", ""));
        }
        assertThat(types).containsExactlyInAnyOrder("MotionProposed", "MotionRevised", "MotionWithdrawn", "PollScheduled",
                "PollOpened", "PollCancelled", "PollClosed", "FormalVoteCounted", "ConsensusRoundCounted", "MotionAdopted",
                "MotionRejected", "MotionLapsed", "MotionLapsedWithoutQuorum", "VoteCast", "PositionStated");
    }
}
