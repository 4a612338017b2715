package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether one JSON answer or event links a voter to a choice (DOMAIN.md §5.3: the record shows
 * that a member voted, never how). It walks the whole JSON, field names and values alike, split
 * into tokens, so a field added later is scanned as well as today's: a document that holds a
 * voter mark (a voting member's id, its delegate's or alternate's person id) must hold no ballot
 * mark (a receipt, a nonce, or a non-empty array under a field named for a ranking, choice or
 * preference), and the other way round.
 */
final class SecrecyScan {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[^A-Za-z0-9_\\-]+");
    private static final Pattern CHOICE_FIELD = Pattern.compile("(?i).*(rank|choice|prefer).*");

    private final Set<String> voterMarks;
    private final Set<String> ballotMarks;
    private final List<String> withBallots = new ArrayList<>();
    private final List<String> withVoters = new ArrayList<>();

    /**
     * @param voterMarks  member ids and person ids of those who voted (not the candidates, who are named in the count)
     * @param ballotMarks the receipts and nonces the voters were given
     */
    SecrecyScan(Collection<String> voterMarks, Collection<String> ballotMarks) {
        this.voterMarks = Set.copyOf(voterMarks);
        this.ballotMarks = Set.copyOf(ballotMarks);
    }

    /** An API answer: fails when it names a voter together with a choice, receipt or nonce. */
    void answer(String what, JsonNode body) {
        check(what, body, Map.of());
    }

    /** An event as a client reads it: its attributes and extensions (actor, subject, ...) and its data. */
    void event(CloudEvent event) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("id", event.getId());
        attributes.put("source", String.valueOf(event.getSource()));
        attributes.put("type", event.getType());
        attributes.put("subject", String.valueOf(event.getSubject()));
        event.getExtensionNames().forEach(n -> attributes.put(n, String.valueOf(event.getExtension(n))));
        JsonNode data;
        try {
            data = event.getData() == null ? JSON.nullNode() : JSON.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new AssertionError("event " + event.getId() + " holds no JSON", e);
        }
        check(event.getType() + " " + event.getSubject(), data, attributes);
    }

    /** A stored document (of any collection), as its extended JSON. */
    void document(String collection, org.bson.Document document) {
        JsonNode body;
        try {
            body = JSON.readTree(document.toJson());
        } catch (IOException e) {
            throw new AssertionError("document of " + collection + " is no JSON", e);
        }
        check(collection + " " + document.get("_id"), body, Map.of());
    }

    /**
     * A log line (message, arguments, context and exception as the appender saw them): a line
     * with a voter mark must hold no receipt, no nonce and no word for a ranking, choice or
     * preference.
     */
    void logLine(String what, String line) {
        Set<String> tokens = new HashSet<>(tokens(line));
        boolean choices = tokens.stream().anyMatch(t -> CHOICE_FIELD.matcher(t).matches());
        check(what, JSON.getNodeFactory().textNode(line), Map.of(), tokens, choices);
    }

    /** The answers and events that held a ballot mark, to show the scan was not empty. */
    List<String> withBallots() {
        return withBallots;
    }

    /** The answers and events that named a voter. */
    List<String> withVoters() {
        return withVoters;
    }

    private void check(String what, JsonNode body, Map<String, String> attributes) {
        Set<String> tokens = new HashSet<>();
        attributes.forEach((k, v) -> {
            tokens.addAll(tokens(k));
            tokens.addAll(tokens(v));
        });
        boolean choices = walk(body, tokens);
        check(what, body, attributes, tokens, choices);
    }

    private void check(String what, JsonNode body, Map<String, String> attributes, Set<String> tokens, boolean choices) {
        Set<String> voters = new HashSet<>(tokens);
        voters.retainAll(voterMarks);
        Set<String> marks = new HashSet<>(tokens);
        marks.retainAll(ballotMarks);
        boolean ballot = choices || !marks.isEmpty();
        if (ballot) {
            withBallots.add(what);
        }
        if (!voters.isEmpty()) {
            withVoters.add(what);
        }
        assertThat(ballot && !voters.isEmpty())
                .as("%s links voters %s to a choice (receipts or nonces %s, ranked choices %s): %s", what, voters, marks,
                        choices, body)
                .isFalse();
    }

    /** Collects the tokens of every name and value; true when a choice field holds a non-empty array. */
    private static boolean walk(JsonNode node, Set<String> tokens) {
        boolean choices = false;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                tokens.addAll(tokens(field.getKey()));
                if (CHOICE_FIELD.matcher(field.getKey()).matches() && field.getValue().isArray() && !field.getValue().isEmpty()) {
                    choices = true;
                }
                choices |= walk(field.getValue(), tokens);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                choices |= walk(element, tokens);
            }
        } else if (node.isValueNode() && !node.isNull()) {
            tokens.addAll(tokens(node.asText()));
        }
        return choices;
    }

    private static List<String> tokens(String text) {
        return text == null ? List.of() : List.of(TOKEN_SEPARATOR.split(text));
    }
}
