package org.charter.notification.email.adapter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.email.Mailer;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.notice.WorkflowFact;
import org.charter.notification.preference.Language;
import org.charter.notification.preference.Preferences;
import org.charter.notification.preference.UnsubscribeTokens;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a notice from its templates ({@code mail/<kind>.<language>.txt} and {@code .html}, the
 * text's first line the subject) and sends it as one multipart/alternative message through
 * Spring's {@link JavaMailSender}. The values are the notice's public facts: poll and motion ids,
 * the close, the outcome, a link to the item in the web app; never a member's choice.
 */
class TemplateMailer implements Mailer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private final JavaMailSender sender;
    private final NotificationProperties settings;
    private final UnsubscribeTokens unsubscribe;
    private final Map<String, String> templates = new HashMap<>();

    TemplateMailer(JavaMailSender sender, NotificationProperties settings, UnsubscribeTokens unsubscribe) {
        this.sender = sender;
        this.settings = settings;
        this.unsubscribe = unsubscribe;
        for (NoticeKind kind : NoticeKind.values()) {
            for (Language language : Language.values()) {
                for (String format : new String[] {"txt", "html"}) {
                    String name = name(kind, language, format);
                    templates.put(name, load(name));
                }
            }
        }
    }

    @Override
    public void send(Notice notice, String address, Language language) {
        Map<String, String> values = values(notice, language);
        String text = templates.get(name(notice.kind(), language, "txt"));
        int newline = text.indexOf('\n');
        // the subject line is filled apart, its values on one line: a value's line break must not move the subject into the body
        String subject = fill(text.substring(0, newline), values, TemplateMailer::oneLine).trim();
        String body = fill(text.substring(newline + 1), values, UnaryOperator.identity()).stripLeading();
        String html = fill(templates.get(name(notice.kind(), language, "html")), values, HtmlUtils::htmlEscape);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(address);
            helper.setSubject(subject);
            helper.setText(body, html);
            // the same message for the same delivery: a receiving system can tell a repeat (ADR 0018)
            // a person id comes from another service's event: on one line, it cannot add a header
            message.setHeader("X-Charter-Delivery", notice.eventId() + "/" + oneLine(notice.recipient().personId()));
            message.setHeader("Content-Language", language.name().toLowerCase(Locale.ROOT));
            if (Preferences.canSwitchOff(notice)) {
                // RFC 8058 one-click: a mail client POSTs List-Unsubscribe=One-Click to the URI, no sign-in
                message.setHeader("List-Unsubscribe", "<" + base() + "/api/v1/unsubscriptions?token="
                        + unsubscribe.issue(notice.recipient().personId(), notice.kind()) + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not write the message to " + address + ": " + e.getMessage(), e);
        }
    }

    private Map<String, String> values(Notice notice, Language language) {
        Map<String, String> values = new HashMap<>();
        values.put("name", notice.recipient().name() == null ? notice.recipient().personId() : notice.recipient().name());
        values.put("role", switch (language) {
            case EN -> switch (notice.recipient().role()) {
                case DELEGATE -> "delegate";
                case ALTERNATE -> "alternate";
                case SEAT_HOLDER -> "seat holder";
                case ASSIGNEE -> "assignee";
                case CANDIDATE -> "candidate";
                case UNLISTED_GROUP -> "group";
                case NO_CANDIDATE -> "nobody";
                case VACANT_SEAT -> "vacant seat";
            };
            case ES -> switch (notice.recipient().role()) {
                case DELEGATE -> "delegado/a";
                case ALTERNATE -> "suplente";
                case SEAT_HOLDER -> "titular del puesto";
                case ASSIGNEE -> "responsable";
                case CANDIDATE -> "candidato/a";
                case UNLISTED_GROUP -> "grupo";
                case NO_CANDIDATE -> "nadie";
                case VACANT_SEAT -> "puesto vacante";
            };
        });
        values.put("member", notice.recipient().memberId() == null ? "-" : notice.recipient().memberId());
        values.put("poll", notice.pollId() == null ? "" : notice.pollId());
        values.put("motion", notice.motionId() == null ? "" : notice.motionId());
        values.put("closesAt", notice.closesAt() == null ? "-" : WHEN.format(notice.closesAt()));
        values.put("hours", notice.leadTime() == null ? "" : Long.toString(notice.leadTime().toHours()));
        values.put("outcome", notice.outcome() == null ? "" : notice.outcome());
        values.put("version", notice.version() == null ? "" : notice.version().toString());
        if (notice.kind() == NoticeKind.BUDGET_ESCALATED) {
            values.put("reason", reason(notice.outcome(), language));
            values.put("fiscalYear", notice.pollId() == null ? "-" : notice.pollId());
        }
        if (notice.task() != null) {
            values.putAll(taskValues(notice.task(), language));
        }
        String base = base();
        values.put("link", base + link(notice));
        values.put("preferences", base + "/notifications/preferences");
        return values;
    }

    /** The web app's page of the item: the poll, the contest, the motion, the fiscal year's budget, or the task on the processes page. */
    private static String link(Notice notice) {
        return switch (notice.kind()) {
            case POLL_OPENED, REMINDER, POLL_RESULT -> "/polls/" + notice.pollId();
            case CONTEST_OPENED, CONTEST_CLOSED, CONTEST_CERTIFIED -> "/contests/" + notice.pollId();
            case MOTION_REVISED -> "/motions/" + notice.motionId();
            case BUDGET_ADOPTED -> "/fiscal-years/" + notice.pollId() + "/budget";
            // model version 2's escalation names no fiscal year: the processes page shows the approval
            case BUDGET_ESCALATED -> notice.pollId() == null ? "/processes"
                    : "/fiscal-years/" + URLEncoder.encode(notice.pollId(), StandardCharsets.UTF_8) + "/budget";
            // built here, not taken from the event: whatever its link says, the message opens the processes page on the task
            case TASK_ASSIGNED -> "/processes?task=" + URLEncoder.encode(notice.pollId(), StandardCharsets.UTF_8);
        };
    }

    /** Why a budget's approval escalated, as a sentence; an unknown reason as the process named it. */
    static String reason(String reason, Language language) {
        String known = switch (reason == null ? "" : reason) {
            case "EXECUTIVE_REVIEW_OVERDUE" -> language == Language.EN
                    ? "The Executive Committee has not referred a version of the budget to the Board by its date."
                    : "El Comité Ejecutivo no ha remitido una versión del presupuesto a la Junta en la fecha prevista.";
            case "BOARD_DECISION_OVERDUE" -> language == Language.EN
                    ? "The Governing Board has not decided on the budget by its date, before the fiscal year."
                    : "La Junta de Gobierno no ha decidido sobre el presupuesto en la fecha prevista, antes del año fiscal.";
            case "YEAR_CONTINUING" -> language == Language.EN
                    ? "The fiscal year started on a continuing budget: a new Board vote must open by the date below."
                    : "El año fiscal empezó con un presupuesto prorrogado: una nueva votación de la Junta debe abrirse antes de la fecha indicada.";
            case "BOARD_VOTE_OVERDUE" -> language == Language.EN
                    ? "No Board vote on the budget opened by its date."
                    : "No se abrió ninguna votación de la Junta sobre el presupuesto en la fecha prevista.";
            default -> null;
        };
        return known != null ? known : (language == Language.EN ? "Reason: " : "Motivo: ") + (reason == null ? "-" : reason);
    }

    /** A task's name, what it is about (its process and business key) and, if it has one, its due date as a sentence. */
    private static Map<String, String> taskValues(WorkflowFact.TaskAssigned task, Language language) {
        String process = task.processDefinitionKey() == null ? "-" : task.processDefinitionKey();
        boolean keyed = task.businessKey() != null && !task.businessKey().isBlank();
        return Map.of(
                "task", task.taskName() == null || task.taskName().isBlank() ? task.taskDefinitionKey() : task.taskName(),
                "about", switch (language) {
                    case EN -> "of the " + process + " process" + (keyed ? " about " + task.businessKey() : "");
                    case ES -> "del proceso " + process + (keyed ? " sobre " + task.businessKey() : "");
                },
                "due", task.due() == null ? "" : switch (language) {
                    case EN -> "It is due by " + WHEN.format(task.due()) + ".";
                    case ES -> "Vence el " + WHEN.format(task.due()) + ".";
                });
    }

    private String base() {
        return settings.webAppUrl().toString().replaceAll("/+$", "");
    }

    /**
     * The template with each {@code ${name}} replaced by its value, escaped, in one pass over the
     * template alone: a value is never read for placeholders (a motion titled "Adopt ${outcome}"
     * stays so), and a placeholder without a value stays as written.
     */
    static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder(template.length() + 256);
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? placeholder.group() : escape.apply(value)));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private static String oneLine(String value) {
        return LINE_BREAKS.matcher(value).replaceAll(" ");
    }

    private static String name(NoticeKind kind, Language language, String format) {
        return "mail/" + kind.name().toLowerCase(Locale.ROOT) + "." + language.name().toLowerCase(Locale.ROOT) + "." + format;
    }

    private static String load(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the template " + name + " is missing", e);
        }
    }
}
