package org.charter.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.election.election.ElectionFixture.T;
import static org.charter.election.election.ElectionFixture.person;
import static org.charter.election.election.ElectionFixture.secretary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.charter.election.ballot.VoterId;
import org.charter.election.election.CallingElections.ContestRequest;
import org.charter.election.election.ElectionFixture;
import org.charter.election.election.ElectionId;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

/** Every event type the election service records, produced by the real aggregates, matches its schema in docs/events/election/. */
class EventSchemasTest {

    @Test
    void every_election_event_type_validates_against_its_schema() {
        ElectionFixture f = new ElectionFixture();
        ElectionId id = f.call(List.of(new ContestRequest("CHAIR_ELECT", 1), new ContestRequest("AT_LARGE_K12", 2),
                new ContestRequest("HIGHER_EDUCATION", 1), new ContestRequest("POSTSECONDARY_CAREERS", 1)), List.of());
        f.at(T.minus(Duration.ofDays(40)));
        f.standing(id, "CHAIR_ELECT", "ca-k12");
        f.standing(id, "CHAIR_ELECT", "wa-k12");
        f.standing(id, "CHAIR_ELECT", "or-k12");
        f.standing(id, "HIGHER_EDUCATION", "ca-he");
        f.standing(id, "POSTSECONDARY_CAREERS", "wa-cte");
        f.nominating.withdraw(id, "n5", person("wa-cte"));
        f.at(T.minus(Duration.ofDays(10)));
        f.slating.slate(id, secretary());
        f.at(T.plus(Duration.ofDays(4)));
        f.slating.slate(id, secretary());
        f.at(T.plus(Duration.ofSeconds(60)));
        f.vote("EC-FY2028.CHAIR_ELECT", "CA", "n2", "n1");
        f.vote("EC-FY2028.CHAIR_ELECT", "WA");
        f.at(T.plus(Duration.ofDays(7)));
        f.timekeeping.catchUp(id);
        f.counting.count("EC-FY2028.CHAIR_ELECT", secretary());

        List<RecordedEvent> recorded = new ArrayList<>(f.elections.history(id));
        recorded.addAll(f.voters.history(new VoterId("EC-FY2028.CHAIR_ELECT", "CA")));
        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type().replace("charter.election.", "").replace(".v1", ""));
        }
        assertThat(types).containsExactlyInAnyOrder("ElectionCalled", "NominationMade", "NominationAccepted",
                "NominationWithdrawn", "NominationsReopened", "ContestAcclaimed", "ContestLeftVacant", "ContestSlated",
                "ContestOpened", "ContestClosed", "ContestCounted", "MemberVoted");
    }
}
