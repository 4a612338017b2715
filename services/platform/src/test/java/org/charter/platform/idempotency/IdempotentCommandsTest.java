package org.charter.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decisions alone; the MongoDB store behind them is exercised in IdempotencyIT. */
class IdempotentCommandsTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("alice", "key-1");
    private static final StoredResponse CREATED = new StoredResponse(201, Map.of("Location", List.of("/x/1")), new byte[] {1});

    private final Records store = new Records();

    @Test
    void the_first_request_proceeds_and_a_retry_replays_its_answer() {
        var commands = commandsAt(START);

        assertThat(commands.begin(KEY, "h1")).isInstanceOf(IdempotentCommands.Proceed.class);
        commands.finish(KEY, CREATED);

        assertThat(commands.begin(KEY, "h1")).isInstanceOfSatisfying(IdempotentCommands.Replay.class,
                replay -> assertThat(replay.response().headers()).containsEntry("Location", List.of("/x/1")));
    }

    @Test
    void another_request_under_the_same_key_is_a_reuse_even_while_in_progress() {
        var commands = commandsAt(START);
        commands.begin(KEY, "h1");

        assertThat(commands.begin(KEY, "h2")).isInstanceOf(IdempotentCommands.KeyReused.class);
        assertThat(commands.begin(KEY, "h1")).isInstanceOf(IdempotentCommands.StillInProgress.class);
    }

    @Test
    void a_server_failure_is_not_kept() {
        var commands = commandsAt(START);
        commands.begin(KEY, "h1");
        commands.finish(KEY, new StoredResponse(503, Map.of(), new byte[0]));

        assertThat(commands.begin(KEY, "h1")).isInstanceOf(IdempotentCommands.Proceed.class);
    }

    @Test
    void an_answer_is_forgotten_once_the_retention_has_passed() {
        commandsAt(START).begin(KEY, "h1");
        commandsAt(START).finish(KEY, CREATED);

        assertThat(commandsAt(START.plus(Duration.ofHours(24)).minusMillis(1)).begin(KEY, "h2"))
                .isInstanceOf(IdempotentCommands.KeyReused.class);
        assertThat(commandsAt(START.plus(Duration.ofHours(24))).begin(KEY, "h2"))
                .isInstanceOf(IdempotentCommands.Proceed.class);
    }

    @Test
    void a_key_abandoned_in_progress_can_be_claimed_after_the_timeout() {
        commandsAt(START).begin(KEY, "h1");

        assertThat(commandsAt(START.plus(Duration.ofMinutes(4))).begin(KEY, "h1"))
                .isInstanceOf(IdempotentCommands.StillInProgress.class);
        assertThat(commandsAt(START.plus(Duration.ofMinutes(5))).begin(KEY, "h1"))
                .isInstanceOf(IdempotentCommands.Proceed.class);
    }

    @Test
    void the_purge_removes_only_expired_keys() {
        commandsAt(START).begin(KEY, "h1");
        commandsAt(START.plus(Duration.ofHours(2))).begin(new IdempotencyKey("bob", "key-2"), "h2");

        assertThat(commandsAt(START.plus(Duration.ofHours(25))).purgeExpired()).isEqualTo(1);
        assertThat(store.records).containsOnlyKeys(new IdempotencyKey("bob", "key-2").storageId());
    }

    @Test
    void well_formed_keys_are_1_to_255_printable_ascii_characters() {
        assertThat(IdempotencyKey.isWellFormed("a")).isTrue();
        assertThat(IdempotencyKey.isWellFormed("wf:proc-7/activity 3")).isTrue();
        assertThat(IdempotencyKey.isWellFormed("k".repeat(255))).isTrue();
        assertThat(IdempotencyKey.isWellFormed("k".repeat(256))).isFalse();
        assertThat(IdempotencyKey.isWellFormed("")).isFalse();
        assertThat(IdempotencyKey.isWellFormed("tab\there")).isFalse();
        assertThat(IdempotencyKey.isWellFormed("clé")).isFalse();
    }

    @Test
    void storage_ids_of_different_subject_and_key_pairs_never_collide() {
        assertThat(new IdempotencyKey("a:b", "c").storageId()).isNotEqualTo(new IdempotencyKey("a", "b:c").storageId());
    }

    private IdempotentCommands commandsAt(Instant now) {
        return new IdempotentCommands(store, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(24), Duration.ofMinutes(5));
    }

    /** A map with the store's contract, to test the decisions without a database (unit test only). */
    private static final class Records implements IdempotencyStore {
        final Map<String, IdempotencyRecord> records = new HashMap<>();

        @Override
        public Optional<IdempotencyRecord> claim(String id, String requestHash, Instant now) {
            IdempotencyRecord existing = records.putIfAbsent(id, new IdempotencyRecord(id, requestHash, now, null));
            return Optional.ofNullable(existing);
        }

        @Override
        public void complete(String id, StoredResponse response, Instant now) {
            records.computeIfPresent(id, (k, r) -> new IdempotencyRecord(id, r.requestHash(), r.createdAt(), response));
        }

        @Override
        public void release(String id) {
            records.computeIfPresent(id, (k, r) -> r.inProgress() ? null : r);
        }

        @Override
        public void discard(IdempotencyRecord record) {
            records.remove(record.id(), record);
        }

        @Override
        public long purgeCreatedBefore(Instant cutoff) {
            long before = records.size();
            records.values().removeIf(r -> r.createdAt().isBefore(cutoff));
            return before - records.size();
        }
    }
}
