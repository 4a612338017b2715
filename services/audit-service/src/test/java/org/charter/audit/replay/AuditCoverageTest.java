package org.charter.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.charter.audit.ledger.adapter.LedgerProperties;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

/**
 * Every event type with a schema under {@code docs/events} is either read by the audit's replay
 * and re-tally (a kind of {@link ReplayKinds}, with its service's own records) or declared in
 * {@link ChainedOnly} with the reason, and is on a topic the ledger chains: a new type cannot slip
 * by silently. The failure says what to add, and where.
 */
class AuditCoverageTest {

    private static final String CHAINED_ONLY = "services/audit-service/src/main/java/org/charter/audit/replay/ChainedOnly.java";
    private static final String KINDS = "services/audit-service/src/main/java/org/charter/audit/replay/ReplayKinds.java";

    private final Map<String, Path> schemas = schemas();
    private final Set<String> read = read();

    @Test
    void every_event_type_with_a_schema_is_replayed_or_re_tallied_or_declared_chained_only() {
        Map<String, Path> passedOver = new TreeMap<>(schemas);
        passedOver.keySet().removeAll(read);
        passedOver.keySet().removeAll(ChainedOnly.types().keySet());

        assertThat(passedOver).as(passedOver.size() + " event type(s) under docs/events are neither replayed nor "
                + "re-tallied by the audit nor declared chained-only:\n" + passedOver.entrySet().stream()
                .map(e -> "  " + e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("\n"))
                + "\nEither have the audit read it (its record among the sealed events of a kind's aggregate in " + KINDS
                + ", or a new kind there), or declare it in " + CHAINED_ONLY + " with the reason, e.g. in its static block:\n"
                + passedOver.keySet().stream().map(t -> "        declare(" + suggestedReason(t) + ", \"" + t + "\");")
                .collect(Collectors.joining("\n")) + "\n").isEmpty();
    }

    @Test
    void nothing_is_both_read_and_declared_chained_only() {
        Set<String> both = new TreeSet<>(read);
        both.retainAll(ChainedOnly.types().keySet());

        assertThat(both).as("read by replay or re-tally, so remove from " + CHAINED_ONLY + ": " + both).isEmpty();
    }

    @Test
    void every_declared_or_read_type_has_its_schema() {
        Set<String> unknown = new TreeSet<>(ChainedOnly.types().keySet());
        unknown.addAll(read);
        unknown.removeAll(schemas.keySet());

        assertThat(unknown).as("no schema under docs/events for these types (a type declared in " + CHAINED_ONLY
                + " that no longer exists is removed there; a type the audit reads needs docs/events/<context>/<Type>.v<N>"
                + ".schema.json): " + unknown).isEmpty();
    }

    @Test
    void every_type_is_on_a_topic_the_ledger_chains_by_default() {
        List<String> chained = new LedgerProperties(null, null).contexts();
        Set<String> unchained = schemas.keySet().stream().filter(t -> !chained.contains(contextOf(t)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(unchained).as("their context is not in LedgerProperties' default contexts " + chained
                + " (nor then in the CLI's reading of the topics): " + unchained).isEmpty();
    }

    @Test
    void the_declaration_is_not_vacuous() {
        assertThat(schemas).hasSizeGreaterThan(100);
        assertThat(read).contains("charter.committee.VoteCast.v1", "charter.election.ContestCounted.v1",
                "charter.membership.MemberSuspended.v1", "charter.budget.ProposalAdopted.v1");
        assertThat(ChainedOnly.types().values()).allSatisfy(reason -> assertThat(reason).hasSizeGreaterThan(30));
    }

    private static String suggestedReason(String type) {
        return switch (contextOf(type)) {
            case "workflow" -> "WORKFLOW";
            case "notification" -> "NOTIFICATION";
            case "audit" -> "AUDIT";
            default -> "\"<why the audit need not replay or re-tally it>\"";
        };
    }

    private static String contextOf(String type) {
        return type.split("\\.")[1];
    }

    private static Set<String> read() {
        Set<String> types = new TreeSet<>();
        new ReplayKinds().read().forEach(kind -> types.addAll(kind.types()));
        return types;
    }

    /** charter.<context>.<Type>.v<N> for each docs/events/<context>/<Type>.v<N>.schema.json. */
    private static Map<String, Path> schemas() {
        Path events = EventSchemas.repositoryRoot().resolve("docs").resolve("events");
        Map<String, Path> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.walk(events, 2)) {
            files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).forEach(f -> {
                String context = f.getParent().getFileName().toString();
                String name = f.getFileName().toString().replace(".schema.json", "");
                schemas.put("charter." + context + "." + name, events.getParent().getParent().relativize(f));
            });
        } catch (IOException e) {
            throw new AssertionError("cannot list " + events, e);
        }
        return schemas;
    }
}
