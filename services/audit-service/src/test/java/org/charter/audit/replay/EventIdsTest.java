package org.charter.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A stream's event ids: "met before" exactly when the same string was added before, in any mix of forms and sizes. */
class EventIdsTest {

    @Property(tries = 300)
    void an_id_is_new_exactly_when_its_string_was_not_added_before(@ForAll("ids") @Size(max = 200) List<String> ids) {
        EventIds seen = new EventIds();
        Set<String> strings = new HashSet<>();

        for (String id : ids) {
            assertThat(seen.add(id)).as(id).isEqualTo(strings.add(id));
        }
    }

    /** Ids drawn from a small pool, so that repeats are common: UUIDs as services write them, the same in capitals, and others. */
    @Provide
    Arbitrary<List<String>> ids() {
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            UUID uuid = new UUID(i % 7 == 0 ? 0 : i * 0x9E3779B97F4A7C15L, i % 5 == 0 ? -1 : ~i * 0xC2B2AE3D27D4EB4FL);
            pool.add(uuid.toString());
            if (i % 10 == 0) {
                pool.add(uuid.toString().toUpperCase(Locale.ROOT));
                pool.add("evt-" + i);
            }
        }
        return Arbitraries.of(pool).list();
    }

    @Test
    void only_the_form_uuids_are_written_in_is_held_as_halves() {
        String written = UUID.randomUUID().toString();

        assertThat(EventIds.isLowerCaseUuid(written)).isTrue();
        assertThat(EventIds.isLowerCaseUuid(written.toUpperCase(Locale.ROOT))).isFalse();
        assertThat(EventIds.isLowerCaseUuid(written.replace('-', '_'))).isFalse();
        assertThat(EventIds.isLowerCaseUuid(written + "0")).isFalse();
        assertThat(EventIds.isLowerCaseUuid("g" + written.substring(1))).isFalse();
    }

    @Test
    void a_long_stream_keeps_every_id_it_met_when_it_outgrows_the_scan() {
        EventIds seen = new EventIds();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(new UUID(i, -i).toString());
        }

        assertThat(ids).allMatch(seen::add);
        assertThat(ids).noneMatch(seen::add);
        assertThat(seen.add(new UUID(500, -500).toString())).isTrue();
    }
}
