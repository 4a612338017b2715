package org.charter.embedded.mongo;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DurableH2BackendTest {

    @Test
    void writes_and_unknown_commands_wait_for_a_commit() {
        assertThat(DurableH2Backend.mayWrite("insert", new Document())).isTrue();
        assertThat(DurableH2Backend.mayWrite("update", new Document())).isTrue();
        assertThat(DurableH2Backend.mayWrite("findAndModify", new Document())).isTrue();
        assertThat(DurableH2Backend.mayWrite("createIndexes", new Document())).isTrue();
        assertThat(DurableH2Backend.mayWrite("someFutureCommand", new Document())).isTrue();
    }

    @Test
    void reads_are_answered_without_a_commit() {
        assertThat(DurableH2Backend.mayWrite("find", new Document())).isFalse();
        assertThat(DurableH2Backend.mayWrite("getMore", new Document())).isFalse();
        assertThat(DurableH2Backend.mayWrite("hello", new Document())).isFalse();
        assertThat(DurableH2Backend.mayWrite("aggregate",
                new Document("pipeline", List.of(new Document("$match", new Document()))))).isFalse();
    }

    @Test
    void an_aggregation_that_writes_its_output_waits_for_a_commit() {
        assertThat(DurableH2Backend.mayWrite("aggregate",
                new Document("pipeline", List.of(new Document("$out", "copy"))))).isTrue();
        assertThat(DurableH2Backend.mayWrite("aggregate",
                new Document("pipeline", List.of(new Document("$merge", "copy"))))).isTrue();
    }
}
