package org.charter.membership.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.membership.MembershipApplication;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.ContextTopic;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.charter.platform.test.TrustTestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.charter.platform.readmodel.DocumentReadModel;
import org.charter.platform.readmodel.ReadModelRebuild;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The membership API end to end: real HTTP on a random port, the real in-process Kafka broker and
 * MongoDB wire-protocol server, signed test tokens.
 */
@WithCharterInfrastructure
@TrustTestTokens
@SpringBootTest(classes = MembershipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=membership-api-it"})
class MembershipApiIT {

    private static final ContextTopic MEMBERSHIP_EVENTS = ContextTopic.of("membership");

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    ReadModelRebuild rebuild;

    @Autowired
    List<DocumentReadModel<?>> readModels;

    private Api api;
    private final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    // ---------------------------------------------------------------- the lifecycle, with its events

    @Test
    void a_member_goes_through_its_whole_lifecycle_and_every_event_reaches_kafka_valid_and_with_its_actor() {
        String id = newId();
        register(id, "GOVERNING");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(3600), null, "POLL", "poll-1")));
        ok(api.put(path(id, "delegate"), secretary, delegate(id.toLowerCase(Locale.ROOT) + "-del", NOW.minusSeconds(3500))));
        ok(api.put(path(id, "alternates"), secretary, """
                {"alternates":[{"personId":"%s-alt1","name":"Alt One"},{"personId":"%s-alt2","name":"Alt Two"}],
                 "decidedAt":"%s","decision":{"kind":"NOTICE","reference":"letter"}}""".formatted(
                id.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT), NOW.minusSeconds(3400))));
        ok(api.post(path(id, "representatives"), secretary, """
                {"role":"K12_LEAD","personId":"%s-k12","name":"Kay Twelve","email":"kay@example.gov",
                 "decidedAt":"%s","decision":{"kind":"NOTICE","reference":"letter"}}""".formatted(
                id.toLowerCase(Locale.ROOT), NOW.minusSeconds(3300))));
        ok(api.post(path(id, "tier"), secretary, """
                {"tier":"AFFILIATE","decidedAt":"%s","decision":{"kind":"POLL","reference":"poll-2"}}""".formatted(NOW.minusSeconds(3000))));
        ok(api.post(path(id, "suspension"), secretary, """
                {"reason":"fees","decidedAt":"%s","decision":{"kind":"MINUTES","reference":"GB 3"}}""".formatted(NOW.minusSeconds(2000))));
        ok(api.post(path(id, "reinstatement"), secretary, ruling(NOW.minusSeconds(1500), null, "POLL", "poll-4")));
        ok(api.post(path(id, "withdrawal"), secretary, ruling(NOW.minusSeconds(1000), NOW.minusSeconds(900), "NOTICE", "notice")));
        JsonNode readmitted = ok(api.post(path(id, "readmission"), secretary, """
                {"tier":"GOVERNING","decidedAt":"%s","decision":{"kind":"POLL","reference":"poll-5"}}""".formatted(NOW.minusSeconds(500))));

        assertThat(readmitted.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(readmitted.path("tier").asText()).isEqualTo("GOVERNING");
        assertThat(readmitted.path("votingRights").asBoolean()).isTrue();

        List<String> expected = List.of("MemberRegistered", "MemberAdmitted", "DelegateAppointed", "AlternatesAppointed",
                "RepresentativeAppointed", "MemberTierChanged", "AppointmentsEnded", "MemberSuspended", "MemberReinstated",
                "MemberWithdrew", "AppointmentsEnded", "MemberReadmitted");
        List<CloudEvent> events = eventsOf(id, expected.size());
        assertThat(events).extracting(e -> e.getType().replace("charter.membership.", "").replace(".v1", ""))
                .containsExactlyElementsOf(expected);
        EventSchemas schemas = EventSchemas.inRepository();
        for (CloudEvent event : events) {
            schemas.validate(event);
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getExtension("actorsubject")).isEqualTo("sam.secretary");
            assertThat(event.getExtension("actorrole")).isEqualTo("secretary");
        }
        JsonNode history = ok(api.get(path(id, "history"), TestTokens.auditor()));
        assertThat(history).hasSize(expected.size());
        assertThat(history.get(0).path("actor").path("subject").asText()).isEqualTo("sam.secretary");
    }

    @Test
    void the_person_claims_and_collaborative_events_validate_against_their_schemas_too() {
        String id = newId();
        register(id, "GOVERNING");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        String person = id.toLowerCase(Locale.ROOT) + "-solo";
        ok(api.put(path(id, "delegate"), secretary, delegate(person, NOW.minusSeconds(50))));
        String lead = id.toLowerCase(Locale.ROOT) + "-he";
        ok(api.post(path(id, "representatives"), secretary, """
                {"role":"HIGHER_EDUCATION_LEAD","personId":"%s","name":"Hi Ed","decidedAt":"%s",
                 "decision":{"kind":"NOTICE","reference":"l"}}""".formatted(lead, NOW.minusSeconds(45))));
        ok(api.post(path(id, "representatives/" + lead + "/ending"), secretary, """
                {"role":"HIGHER_EDUCATION_LEAD","decidedAt":"%s","decision":{"kind":"NOTICE","reference":"l2"}}"""
                .formatted(NOW.minusSeconds(40))));
        String slug = "c-" + id.toLowerCase(Locale.ROOT);
        assertThat(api.post("/api/v1/collaboratives", secretary, """
                {"id":"%s","name":"Collaborative %s"}""".formatted(slug, id)).status()).isEqualTo(201);
        String year = org.charter.membership.collaborative.ProgramYear.containing(NOW).name();
        ok(api.post("/api/v1/collaboratives/" + slug + "/enrolments", secretary, """
                {"memberId":"%s","programYear":"%s","feeCents":120000,"participants":["Ann Lee"]}""".formatted(id, year)));
        ok(api.post("/api/v1/collaboratives/" + slug + "/departures", secretary, """
                {"memberId":"%s","programYear":"%s"}""".formatted(id, year)));

        EventSchemas schemas = EventSchemas.inRepository();
        eventsOf("person:" + person, 1).forEach(schemas::validate);
        List<CloudEvent> member = eventsOf(id, 5);
        member.forEach(schemas::validate);
        assertThat(member.get(4).getType()).isEqualTo("charter.membership.RepresentativeEnded.v1");
        List<CloudEvent> collaborative = eventsOf("collaborative:" + slug, 3);
        collaborative.forEach(schemas::validate);
        assertThat(collaborative).extracting(CloudEvent::getType).containsExactly("charter.membership.CollaborativeCreated.v1",
                "charter.membership.MemberEnrolled.v1", "charter.membership.MemberLeftCollaborative.v1");
        JsonNode view = ok(api.get("/api/v1/collaboratives/" + slug + "?year=" + year, TestTokens.delegate("CA")));
        assertThat(view.path("enrolments").get(0).path("memberId").asText()).isEqualTo(id);
        assertThat(view.path("enrolments").get(0).path("leftAt").isNull()).isFalse();
    }

    @Test
    void a_command_retried_with_the_same_idempotency_key_is_recorded_once() {
        String id = newId();
        register(id, "GOVERNING");
        String body = ruling(NOW.minusSeconds(60), null, "POLL", "poll-idem");

        var first = api.send("POST", path(id, "admission"), secretary, body, "Idempotency-Key", "admit-" + id);
        var retry = api.send("POST", path(id, "admission"), secretary, body, "Idempotency-Key", "admit-" + id);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().path("version").asLong()).isEqualTo(first.json().path("version").asLong());
        assertThat(version(id)).isEqualTo(2);
    }

    // ---------------------------------------------------------------- as of any instant

    @Test
    void voting_rights_are_right_at_several_instants_including_a_future_suspension() {
        String id = newId();
        Instant admitted = NOW.minus(Duration.ofDays(30));
        Instant delegateFrom = NOW.minus(Duration.ofDays(20));
        Instant suspendedFrom = NOW.plus(Duration.ofDays(10));
        register(id, "GOVERNING", NOW.minus(Duration.ofDays(40)));
        ok(api.post(path(id, "admission"), secretary, ruling(admitted, null, "POLL", "p1")));
        ok(api.put(path(id, "delegate"), secretary, delegate(id.toLowerCase(Locale.ROOT) + "-vr", delegateFrom)));
        ok(api.post(path(id, "suspension"), secretary, ruling(NOW.minusSeconds(5), suspendedFrom, "POLL", "p2")));

        assertThat(rights(id, NOW.minus(Duration.ofDays(35)))).isEqualTo("APPLICANT false false");
        assertThat(rights(id, admitted)).isEqualTo("ACTIVE true false");
        assertThat(rights(id, delegateFrom)).isEqualTo("ACTIVE true true");
        assertThat(rights(id, suspendedFrom.minusSeconds(1))).isEqualTo("ACTIVE true true");
        assertThat(rights(id, suspendedFrom)).isEqualTo("SUSPENDED false false");
        assertThat(api.get("/api/v1/members/" + id + "/voting-rights?at=" + NOW.minus(Duration.ofDays(50)), secretary)
                .json().path("status").isNull()).isTrue();

        JsonNode now = ok(api.get(path(id, ""), secretary));
        assertThat(now.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(now.path("scheduledChanges").get(0).path("status").asText()).isEqualTo("SUSPENDED");
        JsonNode later = ok(api.get("/api/v1/members/" + id + "?at=" + suspendedFrom, secretary));
        assertThat(later.path("status").asText()).isEqualTo("SUSPENDED");
    }

    @Test
    void the_listing_filters_and_pages_the_state_as_of_an_instant() {
        String governing = newId();
        String affiliate = newId();
        register(governing, "GOVERNING");
        register(affiliate, "AFFILIATE");
        ok(api.post(path(affiliate, "admission"), secretary, ruling(NOW.minusSeconds(10), null, "POLL", "p")));

        JsonNode applicants = ok(api.get("/api/v1/members?status=APPLICANT&tier=GOVERNING&size=200", TestTokens.delegate("CA")));
        JsonNode activeAffiliates = ok(api.get("/api/v1/members?status=ACTIVE&tier=AFFILIATE&size=200", secretary));
        JsonNode before = ok(api.get("/api/v1/members?size=200&at=" + NOW.minus(Duration.ofDays(3650)), secretary));
        JsonNode paged = ok(api.get("/api/v1/members?size=1&page=0", secretary));

        assertThat(ids(applicants)).contains(governing).doesNotContain(affiliate);
        assertThat(ids(activeAffiliates)).contains(affiliate).doesNotContain(governing);
        assertThat(ids(before)).doesNotContain(governing, affiliate);
        assertThat(paged.path("content")).hasSize(1);
        assertThat(paged.path("size").asInt()).isEqualTo(1);
        assertThat(paged.path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_read_models_rebuilt_from_the_events_list_the_same_members() {
        String id = newId();
        register(id, "AFFILIATE");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(10), null, "POLL", "p")));
        JsonNode before = ok(api.get("/api/v1/members?size=200&tier=AFFILIATE", secretary));

        rebuild.rebuildAll(readModels);

        JsonNode after = ok(api.get("/api/v1/members?size=200&tier=AFFILIATE", secretary));
        assertThat(ids(after)).contains(id).containsExactlyElementsOf(ids(before));
        assertThat(after.path("content").findValuesAsText("status")).isEqualTo(before.path("content").findValuesAsText("status"));
    }

    // ---------------------------------------------------------------- bad input: precise problems, nothing appended

    @Test
    void an_unknown_member_is_404() {
        problem(api.get("/api/v1/members/NOPE", secretary), 404, "MEMBER_NOT_FOUND");
        problem(api.post(path("NOPE", "admission"), secretary, ruling(NOW, null, "POLL", "p")), 404, "MEMBER_NOT_FOUND");
        problem(api.get("/api/v1/members/not-an-id", secretary), 404, "MEMBER_NOT_FOUND");
    }

    @Test
    void a_duplicate_admission_or_registration_is_409_and_appends_nothing() {
        String id = newId();
        register(id, "GOVERNING");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        long version = version(id);

        problem(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(30), null, "POLL", "p")), 409,
                "MEMBER_ALREADY_ADMITTED");
        problem(api.post("/api/v1/members", secretary, """
                {"id":"%s","name":"Again","kind":"STATE","tier":"GOVERNING"}""".formatted(id)), 409, "MEMBER_ALREADY_EXISTS");
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void suspending_a_withdrawn_member_is_409_with_the_reason() {
        String id = newId();
        register(id, "GOVERNING");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        ok(api.post(path(id, "withdrawal"), secretary, ruling(NOW.minusSeconds(30), null, "NOTICE", "n")));
        long version = version(id);

        var response = api.post(path(id, "suspension"), secretary, ruling(NOW.minusSeconds(10), null, "POLL", "p"));

        problem(response, 409, "ILLEGAL_TRANSITION");
        assertThat(response.json().path("detail").asText()).contains("WITHDRAWN").contains("only an ACTIVE member can be suspended");
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void missing_or_malformed_fields_are_400_naming_them() {
        String id = newId();
        register(id, "GOVERNING");
        long version = version(id);

        var missing = api.post(path(id, "admission"), secretary, "{\"decision\":{\"kind\":\"POLL\"}}");
        var badRegistration = api.post("/api/v1/members", secretary, "{\"id\":\"lower\",\"name\":\"\",\"kind\":\"STATE\"}");

        problem(missing, 400, null);
        assertThat(fields(missing)).contains("decidedAt", "decision.reference");
        problem(badRegistration, 400, null);
        assertThat(fields(badRegistration)).contains("id", "name", "tier");
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void a_list_longer_than_its_documented_maximum_is_400_naming_it_and_appends_nothing() {
        String id = newId();
        register(id, "GOVERNING");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        long version = version(id);
        String lower = id.toLowerCase(Locale.ROOT);
        String slug = "l-" + lower;
        assertThat(api.post("/api/v1/collaboratives", secretary, """
                {"id":"%s","name":"Collaborative %s"}""".formatted(slug, id)).status()).isEqualTo(201);
        String names = java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "\"Person " + i + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        String year = org.charter.membership.collaborative.ProgramYear.containing(NOW).name();

        var alternates = api.put(path(id, "alternates"), secretary, """
                {"alternates":[{"personId":"%1$s-a1","name":"A1"},{"personId":"%1$s-a2","name":"A2"},{"personId":"%1$s-a3","name":"A3"}],
                 "decidedAt":"%2$s","decision":{"kind":"NOTICE","reference":"letter"}}""".formatted(lower, NOW.minusSeconds(30)));
        var participants = api.post("/api/v1/collaboratives/" + slug + "/enrolments", secretary, """
                {"memberId":"%s","programYear":"%s","feeCents":1,"participants":[%s]}""".formatted(id, year, names));

        problem(alternates, 400, "VALIDATION_FAILED");
        assertThat(alternates.json().path("errors")).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo("alternates");
            assertThat(error.path("message").asText()).isEqualTo("at most 2 alternates");
        });
        problem(participants, 400, "VALIDATION_FAILED");
        assertThat(fields(participants)).containsExactly("participants");
        assertThat(participants.json().path("detail").asText()).contains("at most 100 participants");
        assertThat(version(id)).isEqualTo(version);
        assertThat(ok(api.get("/api/v1/collaboratives/" + slug + "?year=" + year, secretary)).path("enrolments")).isEmpty();
    }

    @Test
    void malformed_json_or_an_unknown_enum_value_is_400() {
        String id = newId();
        register(id, "GOVERNING");

        problem(api.post(path(id, "admission"), secretary, "{\"decidedAt\": "), 400, null);
        problem(api.post(path(id, "tier"), secretary, """
                {"tier":"PLATINUM","decidedAt":"%s","decision":{"kind":"POLL","reference":"p"}}""".formatted(NOW)), 400, null);
        problem(api.post(path(id, "admission"), secretary, """
                {"decidedAt":"yesterday","decision":{"kind":"POLL","reference":"p"}}"""), 400, null);
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void a_person_appointed_to_represent_a_second_member_is_422_and_appends_nothing() {
        String first = newId();
        String second = newId();
        for (String id : List.of(first, second)) {
            register(id, "GOVERNING");
            ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        }
        String person = "twice-" + first.toLowerCase(Locale.ROOT);
        ok(api.put(path(first, "delegate"), secretary, delegate(person, NOW.minusSeconds(30))));
        long version = version(second);

        var response = api.post(path(second, "representatives"), secretary, """
                {"role":"K12_LEAD","personId":"%s","name":"Pat","decidedAt":"%s","decision":{"kind":"NOTICE","reference":"l"}}"""
                .formatted(person, NOW.minusSeconds(10)));

        problem(response, 422, "PERSON_REPRESENTS_ANOTHER_MEMBER");
        assertThat(response.json().path("detail").asText()).contains(first);
        assertThat(version(second)).isEqualTo(version);
    }

    @Test
    void a_second_voting_delegate_never_coexists_with_the_first() {
        String id = newId();
        register(id, "GOVERNING");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        String lower = id.toLowerCase(Locale.ROOT);
        ok(api.put(path(id, "delegate"), secretary, delegate(lower + "-one", NOW.minusSeconds(50))));
        long version = version(id);

        problem(api.put(path(id, "delegate"), secretary, delegate(lower + "-one", NOW.minusSeconds(40))), 409, "ALREADY_DELEGATE");
        problem(api.put(path(id, "alternates"), secretary, """
                {"alternates":[{"personId":"%s-one","name":"One"}],"decidedAt":"%s","decision":{"kind":"NOTICE","reference":"l"}}"""
                .formatted(lower, NOW.minusSeconds(40))), 422, "DELEGATE_CANNOT_BE_ALTERNATE");
        assertThat(version(id)).isEqualTo(version);

        ok(api.put(path(id, "delegate"), secretary, delegate(lower + "-two", NOW.minusSeconds(20))));
        JsonNode reps = ok(api.get(path(id, "representatives"), secretary));
        assertThat(reps.findValuesAsText("role")).containsExactly("DELEGATE");
        assertThat(reps.get(0).path("personId").asText()).isEqualTo(lower + "-two");
        JsonNode earlier = ok(api.get(path(id, "representatives") + "?at=" + NOW.minusSeconds(30), secretary));
        assertThat(earlier.get(0).path("personId").asText()).isEqualTo(lower + "-one");
    }

    @Test
    void a_governing_only_role_given_to_an_affiliate_is_422() {
        String id = newId();
        register(id, "AFFILIATE");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        long version = version(id);

        var response = api.put(path(id, "delegate"), secretary, delegate(id.toLowerCase(Locale.ROOT) + "-aff", NOW.minusSeconds(5)));

        problem(response, 422, "GOVERNING_ONLY_ROLE");
        assertThat(response.json().path("detail").asText()).contains("AFFILIATE");
        assertThat(version(id)).isEqualTo(version);
    }

    // ---------------------------------------------------------------- security

    @Test
    void a_delegate_reads_public_data_but_changes_nothing_and_cannot_read_contact_details() {
        String id = newId();
        register(id, "GOVERNING");
        ok(api.post(path(id, "admission"), secretary, ruling(NOW.minusSeconds(60), null, "POLL", "p")));
        ok(api.put(path(id, "delegate"), secretary, delegate(id.toLowerCase(Locale.ROOT) + "-pub", NOW.minusSeconds(50))));
        String delegate = TestTokens.delegate(id.toLowerCase(Locale.ROOT) + "-pub", id);
        long version = version(id);

        assertThat(api.get(path(id, ""), delegate).status()).isEqualTo(200);
        assertThat(api.get(path(id, "representatives"), delegate).body()).doesNotContain("@example.gov");
        problem(api.get(path(id, "contacts"), delegate), 403, null);
        problem(api.post(path(id, "suspension"), delegate, ruling(NOW.minusSeconds(10), null, "POLL", "p")), 403, null);
        problem(api.put(path(id, "delegate"), delegate, delegate("someone-else", NOW.minusSeconds(10))), 403, null);
        problem(api.post("/api/v1/members", delegate, "{\"id\":\"XX\",\"name\":\"X\",\"kind\":\"STATE\",\"tier\":\"GOVERNING\"}"),
                403, null);
        assertThat(version(id)).isEqualTo(version);

        JsonNode contacts = ok(api.get(path(id, "contacts"), TestTokens.auditor()));
        assertThat(contacts.get(0).path("email").asText()).endsWith("@example.gov");
        assertThat(ok(api.get(path(id, "contacts"), secretary))).hasSize(1);
    }

    @Test
    void an_auditor_reads_everything_and_changes_nothing() {
        String id = newId();
        register(id, "GOVERNING");

        assertThat(api.get(path(id, "history"), TestTokens.auditor()).status()).isEqualTo(200);
        problem(api.post(path(id, "admission"), TestTokens.auditor(), ruling(NOW.minusSeconds(5), null, "POLL", "p")), 403, null);
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void no_token_or_a_forged_token_is_401() {
        String id = newId();
        register(id, "GOVERNING");

        problem(api.get("/api/v1/members", null), 401, null);
        problem(api.post(path(id, "admission"), null, ruling(NOW.minusSeconds(5), null, "POLL", "p")), 401, null);
        problem(api.get("/api/v1/members", TestTokens.forged(Role.SECRETARY)), 401, null);
        problem(api.post(path(id, "admission"), TestTokens.forged(Role.ADMIN), ruling(NOW.minusSeconds(5), null, "POLL", "p")), 401, null);
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void the_openapi_document_describes_the_api() {
        var docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/members/{id}/voting-rights")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/members/{id}/delegate")).isTrue();
        assertThat(docs.json().path("paths").path("/api/v1/members/{id}").path("get").path("parameters").get(0)
                .path("schema").path("type").asText()).isEqualTo("string");
    }

    // ---------------------------------------------------------------- helpers

    private static String newId() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "X");
    }

    private void register(String id, String tier) {
        register(id, tier, NOW.minus(Duration.ofDays(1)));
    }

    private void register(String id, String tier, Instant appliedAt) {
        var response = api.post("/api/v1/members", secretary, """
                {"id":"%s","name":"Member %s","kind":"STATE","tier":"%s","appliedAt":"%s"}""".formatted(id, id, tier, appliedAt));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static String path(String id, String command) {
        return "/api/v1/members/" + id + (command.isEmpty() ? "" : "/" + command);
    }

    private static String ruling(Instant decidedAt, Instant effectiveAt, String kind, String reference) {
        return """
                {"decidedAt":"%s",%s"decision":{"kind":"%s","reference":"%s"}}""".formatted(decidedAt,
                effectiveAt == null ? "" : "\"effectiveAt\":\"" + effectiveAt + "\",", kind, reference);
    }

    private static String delegate(String personId, Instant at) {
        return """
                {"delegate":{"personId":"%s","name":"Delegate %s","email":"%s@example.gov"},
                 "decidedAt":"%s","decision":{"kind":"NOTICE","reference":"appointment letter"}}""".formatted(personId, personId,
                personId, at);
    }

    private JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json();
    }

    private static void problem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(response.code()).as(response.toString()).isEqualTo(code);
        }
        assertThat(response.json().path("detail").asText()).isNotBlank();
    }

    private static List<String> fields(Api.Response response) {
        return response.json().path("errors").findValuesAsText("field");
    }

    private long version(String id) {
        return ok(api.get(path(id, "history"), secretary)).size();
    }

    private String rights(String id, Instant at) {
        JsonNode rights = ok(api.get("/api/v1/members/" + id + "/voting-rights?at=" + at, secretary));
        return rights.path("status").asText() + " " + rights.path("votingRights").asBoolean() + " "
                + rights.path("canCastVote").asBoolean();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("content").findValuesAsText("id");
    }

    private static List<CloudEvent> eventsOf(String subject, int count) {
        return MEMBERSHIP_EVENTS.eventsOf(subject, count);
    }
}
