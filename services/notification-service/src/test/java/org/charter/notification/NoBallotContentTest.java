package org.charter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.notification.notice.BudgetFact;
import org.charter.notification.notice.CommitteeFact;
import org.charter.notification.notice.ElectionFact;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.notice.WorkflowFact;
import org.charter.notification.preference.Language;
import org.charter.notification.webhook.WebhookEventTypes;
import org.charter.platform.event.EventType;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * No message carries ballot content (issue 17, DOMAIN §7): a webhook's {@code data} is the record
 * this service reads the event into, and a mail is filled from a {@link Notice}; neither has a
 * field that could hold how anyone voted or ranked, and the templates name only the values known.
 */
class NoBallotContentTest {

    /** What a ballot's content is called across the services' events. */
    private static final Set<String> BALLOT_WORDS = Set.of("choice", "choices", "ranking", "rankings", "rank", "ballot",
            "ballots", "rollcall", "votes", "vote", "selection", "selections", "marks", "preferences", "receipt");
    private static final Set<String> TEMPLATE_VALUES = Set.of("name", "role", "member", "poll", "motion", "closesAt", "hours",
            "outcome", "version", "task", "about", "due", "link", "preferences", "reason", "fiscalYear");

    @Test
    void every_event_type_a_webhook_may_receive_is_read_into_a_record_without_a_ballot_field() {
        Map<String, Class<?>> records = new TreeMap<>();
        for (Class<?> facts : List.of(CommitteeFact.class, WorkflowFact.class, ElectionFact.class, BudgetFact.class)) {
            collect(facts, records);
        }

        assertThat(records.keySet()).containsAll(WebhookEventTypes.ALL);
        for (String type : WebhookEventTypes.ALL) {
            assertThat(fieldsOf(records.get(type), "")).as(type).noneMatch(NoBallotContentTest::ballotWord);
        }
    }

    @Test
    void a_notice_mailed_has_no_ballot_field() {
        assertThat(fieldsOf(Notice.class, "")).isNotEmpty().noneMatch(NoBallotContentTest::ballotWord);
    }

    @Test
    void the_templates_name_only_the_known_values() throws IOException {
        Pattern placeholder = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
        Set<String> named = new TreeSet<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Language language : Language.values()) {
                for (String format : List.of("txt", "html")) {
                    String name = "mail/" + kind.name().toLowerCase(Locale.ROOT) + "." + language.name().toLowerCase(Locale.ROOT)
                            + "." + format;
                    Matcher found = placeholder.matcher(new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8));
                    while (found.find()) {
                        named.add(found.group(1));
                    }
                }
            }
        }
        assertThat(TEMPLATE_VALUES).containsAll(named);
    }

    private static boolean ballotWord(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return BALLOT_WORDS.contains(last);
    }

    private static void collect(Class<?> type, Map<String, Class<?>> records) {
        EventType named = type.getAnnotation(EventType.class);
        if (named != null) {
            records.put("charter." + named.context() + "." + named.name() + ".v" + named.version(), type);
        }
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                collect(permitted, records);
            }
        }
    }

    /** Every field of the record, nested records and lists of them included, as dotted paths. */
    private static List<String> fieldsOf(Class<?> record, String prefix) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            fields.add(path);
            for (Class<?> nested : recordsIn(component.getGenericType())) {
                fields.addAll(fieldsOf(nested, path + "."));
            }
        }
        return fields;
    }

    private static List<Class<?>> recordsIn(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? List.of(c) : List.of();
        }
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                found.addAll(recordsIn(argument));
            }
        }
        return found;
    }
}
