package org.charter.membership.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.charter.platform.test.EventSchemas;

/**
 * The realms the Keycloak test imports, made from the repository's development realm
 * ({@code infra/keycloak/charter-realm.dev.json}), so its roles, user profile, client and protocol
 * mappers are the ones under test; {@code infra/check-secrets.sh} checks that the production realm
 * is the same apart from users and the password grant. What the test changes:
 * <ul>
 *   <li>the users: the test's own people instead of the demo users, each with a password made up
 *       for this run (the password grant exists in the development and test realms only);</li>
 *   <li>two more clients, copies of {@code charter-cli}: {@value #OTHER_CLIENT}, whose tokens are
 *       meant for another audience, and {@value #BRIEF_CLIENT}, whose tokens live one second;</li>
 *   <li>a second realm, {@value #OTHER_REALM}, the same in every other respect, with keys of its own.</li>
 * </ul>
 */
final class TestRealms {

    static final String REALM = "charter";
    static final String OTHER_REALM = "elsewhere";
    static final String CLIENT = "charter-cli";
    static final String OTHER_CLIENT = "reports";
    static final String BRIEF_CLIENT = "charter-cli-brief";

    /** A person who signs in: Keycloak user name, membership person id, Charter role, member (delegates). */
    record Person(String username, String personId, String role, String member, String password) {

        static Person of(String username, String personId, String role, String member) {
            return new Person(username, personId, role, member, UUID.randomUUID().toString());
        }
    }

    static final Person SECRETARY = Person.of("secretary", "sam.secretary", "secretary", null);
    static final Person AUDITOR = Person.of("auditor", "alex.auditor", "auditor", null);
    static final Person CA_DELEGATE = Person.of("delegate-ca", "ca-delegate", "delegate", "CA");
    static final Person CA_SUCCESSOR = Person.of("successor-ca", "ca-successor", "delegate", "CA");
    static final List<Person> PEOPLE = List.of(SECRETARY, AUDITOR, CA_DELEGATE, CA_SUCCESSOR);

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRealms() {
    }

    static List<ObjectNode> all() {
        ObjectNode charter = charter();
        ObjectNode elsewhere = charter.deepCopy();
        elsewhere.put("realm", OTHER_REALM).put("displayName", "Another realm, with keys of its own");
        return List.of(charter, elsewhere);
    }

    static Path developmentRealmFile() {
        return EventSchemas.repositoryRoot().resolve("infra/keycloak/charter-realm.dev.json");
    }

    private static ObjectNode charter() {
        ObjectNode realm = read(developmentRealmFile());
        ArrayNode users = realm.putArray("users");
        PEOPLE.forEach(person -> users.add(user(person)));
        ArrayNode clients = (ArrayNode) realm.path("clients");
        ObjectNode cli = client(clients, CLIENT);
        if (!cli.path("directAccessGrantsEnabled").asBoolean()) {
            throw new AssertionError(CLIENT + " in " + developmentRealmFile() + " has no password grant, which the test uses");
        }
        clients.add(forAnotherAudience(cli.deepCopy()));
        clients.add(brief(cli.deepCopy()));
        return realm;
    }

    private static ObjectNode user(Person person) {
        ObjectNode user = JSON.createObjectNode()
                .put("username", person.username()).put("enabled", true).put("emailVerified", true)
                .put("firstName", "Test").put("lastName", person.username())
                .put("email", person.username() + "@charter.test");
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("personId").add(person.personId());
        attributes.putArray("role").add(person.role());
        if (person.member() != null) {
            attributes.putArray("member").add(person.member());
        }
        user.putArray("realmRoles").add(person.role());
        user.putArray("credentials").addObject().put("type", "password").put("value", person.password()).put("temporary", false);
        return user;
    }

    /** The same client under another id, its audience mapper naming another application. */
    private static ObjectNode forAnotherAudience(ObjectNode client) {
        client.put("clientId", OTHER_CLIENT).put("name", "Another application of the same realm");
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                ((ObjectNode) mapper.path("config")).put("included.custom.audience", OTHER_CLIENT);
            }
        }
        return client;
    }

    /** The same client under another id, with access tokens that expire one second after they are issued. */
    private static ObjectNode brief(ObjectNode client) {
        client.put("clientId", BRIEF_CLIENT).put("name", "Charter, short-lived tokens");
        ((ObjectNode) client.path("attributes")).put("access.token.lifespan", "1");
        return client;
    }

    private static ObjectNode client(ArrayNode clients, String clientId) {
        for (JsonNode client : clients) {
            if (client.path("clientId").asText().equals(clientId)) {
                return (ObjectNode) client;
            }
        }
        throw new AssertionError("no client " + clientId + " in " + developmentRealmFile());
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
