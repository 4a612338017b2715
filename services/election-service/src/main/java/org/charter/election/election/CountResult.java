package org.charter.election.election;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Stage;

/**
 * A count report of the voting library as published (the {@code result} of the published-contest
 * JSON, what {@code charter-verify count --format json} prints): every number of votes a decimal string.
 */
public record CountResult(String contestId, String title, String method, int seats, String quota, long validBallots,
                          long setAside, List<String> candidates, List<String> withdrawn, List<String> elected, int unfilled,
                          List<String> runoff, List<StageResult> stages) {

    public record StageResult(int number, String kind, List<String> from, String surplus, String threshold,
                              Map<String, String> transfers, String nonTransferable, Map<String, String> tallies,
                              List<String> elected, List<String> excluded, String exhausted, String roundingLoss,
                              List<String> notes) {
    }

    public static CountResult of(CountReport report) {
        return new CountResult(report.contestId(), report.title(), report.method().code(), report.seats(),
                decimal(report.quota()), report.validBallots(), report.setAside(), report.candidates(), report.withdrawn(),
                report.elected(), report.unfilled(), report.runoff(), report.stages().stream().map(CountResult::stage).toList());
    }

    private static StageResult stage(Stage s) {
        return new StageResult(s.number(), s.kind().name(), s.from(), decimal(s.surplus()), decimal(s.threshold()),
                votes(s.transfers()), decimal(s.nonTransferable()), votes(s.tallies()), s.elected(), s.excluded(),
                decimal(s.exhausted()), decimal(s.roundingLoss()), s.notes());
    }

    private static Map<String, String> votes(Map<String, BigDecimal> votes) {
        Map<String, String> out = new LinkedHashMap<>();
        votes.forEach((name, v) -> out.put(name, v.toPlainString()));
        return out;
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
