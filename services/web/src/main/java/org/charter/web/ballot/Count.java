package org.charter.web.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counted contest as its publication reports it (the verifier's count report): the quota and each
 * stage's tallies, who was elected or excluded and what was exhausted, for the stage-by-stage chart.
 */
public record Count(String method, int seats, String quota, int turnout, int electorate, String merkleRoot,
                    List<String> candidates, List<String> elected, List<Stage> stages) {

    /** One stage: the votes each continuing candidate holds after it, and what it decided. */
    public record Stage(int number, String kind, Map<String, BigDecimal> tallies, List<String> elected,
                        List<String> excluded, String exhausted) {

        /** The candidate's votes after this stage, or null when no longer continuing. */
        public BigDecimal tally(String candidate) {
            return tallies.get(candidate);
        }

        /** A tally as a share of the largest tally of the count, for the bar's length (0 to 100). */
        public int percentOf(String candidate, BigDecimal largest) {
            BigDecimal tally = tallies.get(candidate);
            if (tally == null || largest.signum() == 0) {
                return 0;
            }
            return tally.multiply(BigDecimal.valueOf(100)).divide(largest, java.math.RoundingMode.HALF_UP).intValue();
        }
    }

    static Count of(JsonNode published) {
        JsonNode result = published.path("result");
        List<Stage> stages = new ArrayList<>();
        for (JsonNode s : result.path("stages")) {
            Map<String, BigDecimal> tallies = new LinkedHashMap<>();
            s.path("tallies").properties().forEach(t -> tallies.put(t.getKey(), new BigDecimal(t.getValue().asText())));
            stages.add(new Stage(s.path("number").asInt(stages.size() + 1), s.path("kind").asText(""), tallies,
                    names(s.path("elected")), names(s.path("excluded")), s.path("exhausted").asText("0")));
        }
        List<String> candidates = names(result.path("candidates"));
        if (candidates.isEmpty() && !stages.isEmpty()) {
            candidates = List.copyOf(stages.get(0).tallies().keySet());
        }
        return new Count(result.path("method").asText(), result.path("seats").asInt(), result.path("quota").asText(""),
                published.path("turnout").asInt(), published.path("electorate").asInt(),
                published.path("merkle").path("root").asText(""), candidates, names(result.path("elected")), stages);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    /** The largest tally at any stage: every bar of the chart is drawn to this scale. */
    public BigDecimal largestTally() {
        return stages.stream().flatMap(s -> s.tallies().values().stream()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
