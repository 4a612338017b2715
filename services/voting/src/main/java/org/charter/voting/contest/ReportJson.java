package org.charter.voting.contest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.charter.voting.ranked.CountMethod;
import org.charter.voting.ranked.CountReport;
import org.charter.voting.ranked.Stage;

/** The machine-readable count report; every number of votes is a decimal string, exact as counted. */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static ObjectNode toJson(CountReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("contestId", report.contestId());
        root.put("title", report.title());
        root.put("method", report.method().code());
        root.put("seats", report.seats());
        root.put("quota", report.quota().toPlainString());
        root.put("validBallots", report.validBallots());
        root.put("setAside", report.setAside());
        strings(root.putArray("candidates"), report.candidates());
        strings(root.putArray("withdrawn"), report.withdrawn());
        strings(root.putArray("elected"), report.elected());
        root.put("unfilled", report.unfilled());
        if (report.method() == CountMethod.TWO_ROUND) {
            strings(root.putArray("runoff"), report.runoff());
        }
        ArrayNode stages = root.putArray("stages");
        for (Stage s : report.stages()) {
            ObjectNode stage = stages.addObject();
            stage.put("number", s.number());
            stage.put("kind", s.kind().name());
            strings(stage.putArray("from"), s.from());
            decimal(stage, "surplus", s.surplus());
            decimal(stage, "threshold", s.threshold());
            votes(stage.putObject("transfers"), s.transfers());
            decimal(stage, "nonTransferable", s.nonTransferable());
            votes(stage.putObject("tallies"), s.tallies());
            strings(stage.putArray("elected"), s.elected());
            strings(stage.putArray("excluded"), s.excluded());
            decimal(stage, "exhausted", s.exhausted());
            decimal(stage, "roundingLoss", s.roundingLoss());
            strings(stage.putArray("notes"), s.notes());
        }
        return root;
    }

    public static String write(CountReport report) {
        return write(toJson(report));
    }

    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void votes(ObjectNode object, Map<String, BigDecimal> votes) {
        votes.forEach((name, v) -> object.put(name, v.toPlainString()));
    }

    private static void decimal(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.toPlainString());
        }
    }
}
