package org.charter.workflow.correlation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charter.platform.event.DomainEvent;
import org.charter.workflow.election.ElectionFacts.CertificationLapsed;
import org.charter.workflow.election.ElectionFacts.ContestAcclaimed;
import org.charter.workflow.election.ElectionFacts.ContestCounted;
import org.charter.workflow.election.ElectionFacts.ContestLeftVacant;
import org.charter.workflow.election.ElectionFacts.ContestOpened;
import org.charter.workflow.election.ElectionFacts.ContestSlated;
import org.charter.workflow.election.ElectionFacts.ElectedNotSeated;
import org.charter.workflow.election.ElectionFacts.NominationsReopened;
import org.charter.workflow.election.ElectionFacts.RunoffSlated;
import org.charter.workflow.election.ElectionFacts.SeatTaken;

/**
 * The election's facts as the messages an {@code ec-contest} process waits for, by its
 * {@value #CONTEST}: the slate's outcome (one message, whichever the service decided), the
 * ballot's opening, its count, the runoff the count slated, the lapse of its certification, and
 * each elected person's seating.
 * Instants travel as ISO-8601 texts; the process's delegates make them the dates timers read.
 */
public final class ElectionMessages {

    /** The process variable naming the contest an {@code ec-contest} process follows. */
    public static final String CONTEST = "contest";

    private ElectionMessages() {
    }

    static Optional<ProcessMessage> of(DomainEvent fact) {
        if (fact instanceof ContestAcclaimed acclaimed) {
            return slate(acclaimed.contestId(), "ACCLAIMED", Map.of("elected", acclaimed.elected().size()));
        }
        if (fact instanceof ContestLeftVacant vacant) {
            return slate(vacant.contestId(), "LEFT_VACANT", Map.of("elected", vacant.elected().size(),
                    "unfilled", vacant.unfilled()));
        }
        if (fact instanceof ContestSlated slated) {
            return slate(slated.contestId(), "SLATED", Map.of("opensAt", slated.opensAt().toString(),
                    "closesAt", slated.closesAt().toString()));
        }
        if (fact instanceof NominationsReopened reopened) {
            return slate(reopened.contestId(), "REOPENED", Map.of("reopenedUntil", reopened.until().toString()));
        }
        if (fact instanceof ContestOpened opened) {
            return message("ContestOpened", opened.contestId(), Map.of("electorate", opened.electorate().size()));
        }
        if (fact instanceof ContestCounted counted) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("turnout", counted.turnout());
            variables.put("runoffDue", counted.result() != null && !counted.result().runoff().isEmpty());
            variables.put("elected", counted.result() == null ? 0 : counted.result().elected().size());
            return message("ContestCounted", counted.contestId(), variables);
        }
        if (fact instanceof RunoffSlated runoff) {
            return message("RunoffSlated", runoff.runoffOf(), Map.of("runoffContest", runoff.contestId(),
                    "closesAt", runoff.closesAt().toString()));
        }
        if (fact instanceof CertificationLapsed lapsed) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("lapsedAt", lapsed.deadline().toString());
            if (lapsed.lastRefusal() != null) {
                variables.put("lapsedAfterRefusal", lapsed.lastRefusal());
            }
            return message("CertificationLapsed", lapsed.contestId(), variables);
        }
        if (fact instanceof SeatTaken taken && taken.contestId() != null) {
            return message("SeatingRecorded", taken.contestId(), Map.of("seated", true, "seatedPerson", taken.personId()));
        }
        if (fact instanceof ElectedNotSeated notSeated && notSeated.contestId() != null) {
            return message("SeatingRecorded", notSeated.contestId(), Map.of("seated", false,
                    "seatedPerson", notSeated.personId(), "notSeatedReason", String.valueOf(notSeated.reason())));
        }
        return Optional.empty();
    }

    private static Optional<ProcessMessage> slate(String contest, String outcome, Map<String, Object> more) {
        Map<String, Object> variables = new LinkedHashMap<>(more);
        variables.put("slateOutcome", outcome);
        return message("ContestSlateDecided", contest, variables);
    }

    private static Optional<ProcessMessage> message(String name, String contest, Map<String, Object> variables) {
        return Optional.of(new ProcessMessage(name, CONTEST, contest, null, null, variables));
    }
}
