package org.charter.notification.email.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.notice.WorkflowFact.TaskAssigned;
import org.charter.notification.preference.Language;
import org.charter.notification.preference.UnsubscribeTokens;
import org.charter.notification.roll.Recipient;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.util.HtmlUtils;

/** A template is filled in one pass over the template: what a value says is never read as a placeholder. */
class TemplateFillTest {

    private static final String TITLE = "Adopt ${outcome} rules $1 \\ \n";

    @Test
    void a_value_that_looks_like_a_placeholder_or_a_group_reference_stays_literal() {
        String filled = TemplateMailer.fill("Motion \"${outcome}\" (${motion}) is ${outcome}.",
                Map.of("outcome", TITLE, "motion", "m-1"), UnaryOperator.identity());

        assertThat(filled).isEqualTo("Motion \"" + TITLE + "\" (m-1) is " + TITLE + ".");
    }

    @Test
    void the_html_part_escapes_every_value_and_only_the_values() {
        String filled = TemplateMailer.fill("<p><strong>${task}</strong> <a href=\"${link}\">open</a></p>",
                Map.of("task", "<b>${due}</b> & \"more\"", "link", "https://x.test/processes?task=t-1&x=1"), HtmlUtils::htmlEscape);

        assertThat(filled).isEqualTo("<p><strong>&lt;b&gt;${due}&lt;/b&gt; &amp; &quot;more&quot;</strong>"
                + " <a href=\"https://x.test/processes?task=t-1&amp;x=1\">open</a></p>");
    }

    @Test
    void a_placeholder_without_a_value_stays_as_written() {
        assertThat(TemplateMailer.fill("The task ${task} waits. ${due}", Map.of("task", "Revise"), UnaryOperator.identity()))
                .isEqualTo("The task Revise waits. ${due}");
    }

    @Test
    void what_is_not_a_placeholder_is_left_alone() {
        assertThat(TemplateMailer.fill("costs $5, ${ task }, ${}, $ {task}, ${task", Map.of("task", "x"), UnaryOperator.identity()))
                .isEqualTo("costs $5, ${ task }, ${}, $ {task}, ${task");
    }

    @Test
    void a_revised_motions_title_is_mailed_as_written_and_a_line_break_in_a_value_keeps_the_subject_on_its_line() throws Exception {
        List<MimeMessage> sent = new ArrayList<>();
        TemplateMailer mailer = new TemplateMailer(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage message) {
                sent.add(message);
            }
        }, new NotificationProperties(URI.create("https://charter.example.org/"), null, null, null, null, null, null),
                new UnsubscribeTokens("a key of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8)));
        Recipient sam = new Recipient("sam", "Sam Secretary", null, Recipient.Role.CANDIDATE);

        mailer.send(new Notice(UUID.randomUUID(), "charter.committee.MotionRevised.v1", NoticeKind.MOTION_REVISED, "m-1", null,
                new Recipient("ca-del", "Carla", "CA", Recipient.Role.DELEGATE), null, null, TITLE, 2), "ca@x.test", Language.EN);
        TaskAssigned task = new TaskAssigned("t-1", "Check ${closesAt}\nBcc: eve@x.test", "check", "policy-approval", "pi-1",
                "m-1", null, List.of("secretary"), List.of(), Instant.parse("2026-12-01T12:00:00Z"), null, "/processes?task=t-1");
        mailer.send(Notice.ofTask(UUID.randomUUID(), "charter.workflow.TaskAssigned.v1", task, sam), "sam@x.test", Language.EN);

        String[] revised = parts(sent.get(0));
        assertThat(revised[0]).contains("Motion m-1, \"" + TITLE + "\", has a new text (version 2)");
        assertThat(revised[1]).contains("&ldquo;Adopt ${outcome} rules $1 \\ \n&rdquo;");
        assertThat(sent.get(1).getSubject()).isEqualTo("[Charter] A task waits for you: Check ${closesAt} Bcc: eve@x.test");
        assertThat(sent.get(1).getHeader("Bcc")).isNull();
        assertThat(parts(sent.get(1))[0]).startsWith("Dear Sam Secretary,")
                .contains("The task \"Check ${closesAt}\nBcc: eve@x.test\" of the policy-approval process about m-1 waits for you.");
    }

    /** The plain text and the HTML of the message, wherever its multiparts nest them. */
    private static String[] parts(MimeMessage message) throws Exception {
        message.saveChanges();
        String[] parts = new String[2];
        collect((Multipart) message.getContent(), parts);
        return parts;
    }

    private static void collect(Multipart multipart, String[] parts) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else if (part.isMimeType("text/plain")) {
                parts[0] = part.getContent().toString();
            } else if (part.isMimeType("text/html")) {
                parts[1] = part.getContent().toString();
            }
        }
    }
}
