package org.charter.membership.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The realm files import into Keycloak's own database, where a description column holds 255
 * characters: a longer one stops the server at its first start (seen: the Keycloak IT, minutes
 * into the build). This says so at once, naming the field.
 */
class RealmFilesTest {

    private static final int KEYCLOAK_COLUMN = 255;

    @ParameterizedTest
    @ValueSource(strings = {"charter-realm.json", "charter-realm.dev.json"})
    void no_description_of_a_realm_file_is_longer_than_keycloak_stores(String file) throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Path.of("../../infra/keycloak", file).toFile());
        List<String> tooLong = new ArrayList<>();
        collect(realm, "", tooLong);
        assertThat(tooLong).as("descriptions over %d characters in %s", KEYCLOAK_COLUMN, file).isEmpty();
    }

    private static void collect(JsonNode node, String path, List<String> tooLong) {
        if (node.isTextual() && path.endsWith(".description") && node.asText().length() > KEYCLOAK_COLUMN) {
            tooLong.add(path + " (" + node.asText().length() + ")");
        }
        node.fields().forEachRemaining(field -> collect(field.getValue(), path + "." + field.getKey(), tooLong));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collect(node.get(i), path + "[" + i + "]", tooLong);
        }
    }
}
