package org.charter.notification.email.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.WorkflowFact.TaskAssigned;
import org.charter.notification.preference.Language;
import org.charter.notification.preference.UnsubscribeTokens;
import org.charter.notification.roll.Recipient;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A task's message in English and Spanish: its name, what it is about, its due date when it has one, its link through the gateway. */
class TaskAssignedTemplateTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    private final List<MimeMessage> sent = new ArrayList<>();
    private final TemplateMailer mailer = new TemplateMailer(new JavaMailSenderImpl() {
        @Override
        public void send(MimeMessage message) {
            sent.add(message);
        }
    }, new NotificationProperties(URI.create("https://charter.example.org/"), null, null, null, null, null, null),
            new UnsubscribeTokens("a key of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8)));

    @Test
    void in_english_it_names_the_task_what_it_is_about_its_due_date_and_links_to_it_through_the_gateway() throws Exception {
        mailer.send(notice(Instant.parse("2026-12-04T17:00:00Z")), "sam@charter.localhost", Language.EN);

        Parts mail = parts(sent.get(0));
        assertThat(sent.get(0).getSubject()).isEqualTo("[Charter] A task waits for you: Revise the motion");
        assertThat(mail.text()).contains("Dear Sam Secretary,", "The task \"Revise the motion\" of the policy-approval process about"
                + " m-abcdefghij waits for you. It is due by 2026-12-04 17:00 UTC.",
                "Open it: https://charter.example.org/processes?task=t-1");
        assertThat(mail.html()).contains("<strong>Revise the motion</strong> of the policy-approval process about m-abcdefghij",
                "It is due by 2026-12-04 17:00 UTC.", "<a href=\"https://charter.example.org/processes?task=t-1\">Open the task</a>");
        assertThat(sent.get(0).getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(sent.get(0).getHeader("List-Unsubscribe")[0]).startsWith("<https://charter.example.org/api/v1/unsubscriptions?token=");
    }

    @Test
    void in_spanish_likewise_and_without_a_due_date_none_is_mentioned() throws Exception {
        mailer.send(notice(null), "sam@charter.localhost", Language.ES);

        Parts mail = parts(sent.get(0));
        assertThat(sent.get(0).getSubject()).isEqualTo("[Charter] Una tarea le espera: Revise the motion");
        assertThat(mail.text()).contains("Estimado/a Sam Secretary:", "La tarea «Revise the motion» del proceso policy-approval"
                + " sobre m-abcdefghij le espera.", "Ábrala: https://charter.example.org/processes?task=t-1")
                .doesNotContain("Vence", "UTC");
        assertThat(mail.html()).contains("<a href=\"https://charter.example.org/processes?task=t-1\">Abra la tarea</a>")
                .doesNotContain("Vence");
        assertThat(sent.get(0).getHeader("Content-Language")[0]).isEqualTo("es");
    }

    @Test
    void both_languages_link_to_the_processes_page_on_the_task_whatever_the_events_link_says() throws Exception {
        for (Language language : Language.values()) {
            mailer.send(notice("t 1&x", null, "//elsewhere.example/phish"), "sam@charter.localhost", language);
        }

        for (MimeMessage message : sent) {
            Parts mail = parts(message);
            assertThat(mail.text()).contains("https://charter.example.org/processes?task=t+1%26x\n").doesNotContain("elsewhere");
            assertThat(mail.html()).contains("href=\"https://charter.example.org/processes?task=t+1%26x\"").doesNotContain("elsewhere");
        }
        assertThat(sent).hasSize(2);
    }

    private static Notice notice(Instant due) {
        return notice("t-1", due, "/processes?task=t-1");
    }

    private static Notice notice(String id, Instant due, String link) {
        TaskAssigned task = new TaskAssigned(id, "Revise the motion", "reviseMotion", "policy-approval", "pi-1", "m-abcdefghij",
                null, List.of("secretary"), List.of(), AT, due, link);
        return Notice.ofTask(UUID.randomUUID(), "charter.workflow.TaskAssigned.v1", task,
                new Recipient("sam", "Sam Secretary", null, Recipient.Role.CANDIDATE));
    }

    private record Parts(String text, String html) {
    }

    private static Parts parts(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        List<BodyPart> parts = new ArrayList<>();
        collect((Multipart) message.getContent(), parts);
        String text = null;
        String html = null;
        for (BodyPart part : parts) {
            if (part.isMimeType("text/plain")) {
                text = part.getContent().toString();
            } else if (part.isMimeType("text/html")) {
                html = part.getContent().toString();
            }
        }
        return new Parts(text, html);
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else {
                parts.add(part);
            }
        }
    }
}
