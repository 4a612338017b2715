package org.charter.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.charter.notification.NotificationServiceTest;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One-click unsubscribe (RFC 8058) end to end: a message read back over IMAP carries a signed
 * {@code List-Unsubscribe} URI and {@code List-Unsubscribe-Post}; a mail client's POST to it,
 * without any token, switches that kind off, which the preferences API then shows and the next
 * poll honours; a forged token changes nothing.
 */
@NotificationServiceTest
class UnsubscribeIT {

    private static final Instant SINCE = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_one_click_post_to_the_messages_link_switches_that_notice_off_without_sign_in() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
        String member = "UN" + suffix.toUpperCase();
        String delegate = "un-del" + suffix;
        String alternate = "un-alt" + suffix;
        String motion = "m-" + ("unsub" + suffix + "00000").substring(0, 10);
        ContactsServer.get().member(member, List.of(delegate, alternate));
        Api api = new Api(port);
        try (Feeds feeds = new Feeds(database)) {
            feeds.member(member, SINCE, delegate, alternate);
            feeds.awaitRoll(member);
            Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            feeds.pollScheduled(motion, 1, opens, opens.plus(Duration.ofDays(7)));
            feeds.pollOpened(motion, 1, opens, List.of(member));
            Mailboxes.Mail mail = awaitMail(ContactsServer.address(alternate), motion + "-1");

            assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(mail.listUnsubscribe()).startsWith("<http://localhost:8080/api/v1/unsubscriptions?token=").endsWith(">");
            String link = mail.listUnsubscribe().substring(1, mail.listUnsubscribe().length() - 1);
            String pathAndQuery = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();

            // a forged token (another kind on the same signature) changes nothing
            String token = URI.create(link).getRawQuery().substring("token=".length());
            String[] parts = token.split("\\.");
            HttpResponse<String> forged = oneClick("/api/v1/unsubscriptions?token=" + parts[0] + ".POLL_RESULT." + parts[2]);
            assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
            assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(forged.body()).contains("\"code\":\"INVALID_UNSUBSCRIBE_TOKEN\"");

            HttpResponse<String> done = oneClick(pathAndQuery);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            String own = TestTokens.token(alternate, Role.DELEGATE, member);
            Api.Response preferences = api.get("/api/v1/people/" + alternate + "/preferences", own);
            assertThat(preferences.json().path("emailOff").toString()).isEqualTo("[\"POLL_OPENED\"]");
            // a GET (a link scanner) changes nothing; a second click neither
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isNotEqualTo(200);
            assertThat(oneClick(pathAndQuery).statusCode()).isEqualTo(200);
            assertThat(api.get("/api/v1/people/" + alternate + "/preferences", own).json().path("emailOff").toString())
                    .isEqualTo("[\"POLL_OPENED\"]");

            // the next poll: the delegate is told, the alternate is not (recorded as opted out)
            feeds.pollScheduled(motion, 2, opens, opens.plus(Duration.ofDays(7)));
            feeds.pollOpened(motion, 2, opens, List.of(member));
            awaitMail(ContactsServer.address(delegate), motion + "-2");
            Document skipped = awaitDelivery(alternate, motion + "-2");
            assertThat(skipped.getString("status")).isEqualTo("OPTED_OUT");
            assertThat(Mailboxes.about(ContactsServer.address(alternate), motion + "-2")).isEmpty();
        }
    }

    private HttpResponse<String> oneClick(String pathAndQuery) throws Exception {
        // as RFC 8058 has a mail client do it: a POST of List-Unsubscribe=One-Click, no cookie, no token
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Mailboxes.Mail awaitMail(String address, String about) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Mailboxes.Mail> mails = Mailboxes.about(address, about);
            if (!mails.isEmpty()) {
                return mails.get(0);
            }
            Feeds.pause();
        }
        throw new AssertionError("no message about " + about + " reached " + address);
    }

    private Document awaitDelivery(String person, String poll) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Document d = database.getCollection("deliveries").find(Filters.and(Filters.eq("recipient", person),
                    Filters.eq("pollId", poll), Filters.ne("status", "ATTEMPTING"))).first();
            if (d != null) {
                return d;
            }
            Feeds.pause();
        }
        throw new AssertionError("no delivery of " + poll + " to " + person + " was recorded");
    }
}
