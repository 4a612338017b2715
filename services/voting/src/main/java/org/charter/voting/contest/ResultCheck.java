package org.charter.voting.contest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Stage;

/**
 * Compares a published result with Charter's own count: method, seats, quota, the elected in order
 * and, stage by stage, the tallies, elected, excluded and exhausted. Numbers compare by value
 * ({@code "6"} equals {@code "6.00000"}).
 */
public final class ResultCheck {

    private ResultCheck() {
    }

    /** @return the differences, in words; empty when the published result matches */
    public static List<String> differences(CountReport ours, JsonNode published) {
        List<String> diffs = new ArrayList<>();
        same(diffs, "method", ours.method().code(), published.path("method").asText(null));
        if (published.path("seats").asInt(-1) != ours.seats()) {
            diffs.add("seats: published " + published.path("seats") + ", counted " + ours.seats());
        }
        sameNumber(diffs, "quota", ours.quota(), published.get("quota"));
        sameList(diffs, "elected", ours.elected(), published.get("elected"));
        if (ours.method() == CountMethod.TWO_ROUND) {
            sameList(diffs, "runoff", ours.runoff(), published.get("runoff"));
        }
        JsonNode stages = published.path("stages");
        if (!stages.isArray()) {
            diffs.add("stages: the published result has none");
            return diffs;
        }
        if (stages.size() != ours.stages().size()) {
            diffs.add("stages: published " + stages.size() + ", counted " + ours.stages().size());
        }
        for (int i = 0; i < Math.min(stages.size(), ours.stages().size()); i++) {
            Stage s = ours.stages().get(i);
            JsonNode p = stages.get(i);
            String at = "stage " + s.number() + " ";
            JsonNode tallies = p.path("tallies");
            for (Map.Entry<String, BigDecimal> t : s.tallies().entrySet()) {
                sameNumber(diffs, at + "tally of " + t.getKey(), t.getValue(), tallies.get(t.getKey()));
            }
            for (Iterator<String> names = tallies.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!s.tallies().containsKey(name)) {
                    diffs.add(at + "tally of " + name + ": published " + tallies.get(name).asText() + ", not a counted candidate");
                }
            }
            sameList(diffs, at + "elected", s.elected(), p.get("elected"));
            sameList(diffs, at + "excluded", s.excluded(), p.get("excluded"));
            sameNumber(diffs, at + "exhausted", s.exhausted(), p.get("exhausted"));
        }
        return diffs;
    }

    private static void same(List<String> diffs, String what, String ours, String published) {
        if (!ours.equals(published)) {
            diffs.add(what + ": published " + published + ", counted " + ours);
        }
    }

    private static void sameNumber(List<String> diffs, String what, BigDecimal ours, JsonNode published) {
        BigDecimal theirs = null;
        if (published != null && !published.isNull()) {
            try {
                theirs = new BigDecimal(published.asText());
            } catch (NumberFormatException e) {
                diffs.add(what + ": published '" + published.asText() + "' is not a number, counted " + ours.toPlainString());
                return;
            }
        }
        if (theirs == null || theirs.compareTo(ours) != 0) {
            diffs.add(what + ": published " + (theirs == null ? "nothing" : theirs.toPlainString()) + ", counted " + ours.toPlainString());
        }
    }

    private static void sameList(List<String> diffs, String what, List<String> ours, JsonNode published) {
        List<String> theirs = new ArrayList<>();
        if (published != null && published.isArray()) {
            published.forEach(n -> theirs.add(n.asText()));
        }
        if (!theirs.equals(ours)) {
            diffs.add(what + ": published " + theirs + ", counted " + ours);
        }
    }
}
