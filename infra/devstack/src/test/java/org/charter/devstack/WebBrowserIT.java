package org.charter.devstack;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.charter.conventions.test.RawHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The web app in a real browser (Debian's headless chromium, driven by Playwright) against the
 * devstack of this test JVM ({@link SharedDevstack}: the real gateway, committee and membership
 * services, Kafka and MongoDB), everything through the gateway as a person would use it: a delegate
 * signs in, votes on an open poll and sees the running count change, then home and "what my member
 * has already done" say so; an alternate of the same member is told that the member has voted; once
 * counted, anyone finds the member's choice in the public roll call; the same in Spanish; a refusal
 * of the API explained; a
 * delegate ranks the candidates of an Executive Committee contest with the keyboard alone and gets a
 * receipt that the contest's publication contains, which a secretary then finds on the count's page;
 * another member's delegate casts a ballot in the same contest in Spanish;
 * an auditor, opening the checkpoints page signed out (as a notice e-mail's link), is brought back
 * to it by the sign-in and exports an aggregate's history; a secretary records an attendance in a Board meeting
 * and reads the year's budget in review. Then, each in English and Spanish (the texts from the web
 * app's bundles, {@link WebTexts}): a secretary starts a policy approval on the processes page and,
 * once a block made the revision task, finds it marked there, follows the link to Camunda's Tasklist,
 * completes the task there ({@link Tasklist}) and sees the process move on; an auditor verifies the
 * ledger and replays a member as of a past instant; anyone reads the public page, the public roll
 * calls and the certified results.
 *
 * <p>Skips, saying why, when there is no chromium ({@code CHARTER_CHROMIUM}, else
 * {@code /usr/bin/chromium}; {@code apt-get install chromium}). One browser for the whole class.
 * Screenshots go to {@code target/web-screenshots}, or to the folder {@code -Dcharter.web.screenshots}
 * names ({@code docs/web/screenshots} for the docs).
 *
 * <p>Every page the tests load is also judged by axe-core (the {@code org.webjars.npm:axe-core}
 * webjar, injected into the page): a test fails at its end on any violation of impact serious or
 * critical, naming the rule, the page and the elements. Screenshots are of the window (1280 by 720),
 * so the committed PNGs stay small.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHARTER_CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;
    private static String site;
    private static RawHttp gateway;
    private static GoverningBoard board;
    private static Processes processes;
    /** When the members had been registered: the auditor replays a member as of this instant, minutes past by then. */
    private static Instant membersRegistered;
    private static final WebTexts EN = WebTexts.of("en");
    private static final List<String> polls = new ArrayList<>();
    private static Path screenshots;
    /** The contest the ballot test votes in; its nominations are made at the start, its ballot opens while the other tests run. */
    private static String contest;
    /** The poll the first case closes and counts: its roll call is public. */
    private static String countedPoll;
    private static Instant ballotOpensAt;
    private static final String AXE = axeCore();
    /** The serious and critical axe-core violations found by the running test, one line each. */
    private static final List<String> inaccessible = new ArrayList<>();

    @BeforeAll
    static void startTheBrowserAndTheDevstack() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM
                + ": the browser tests are skipped (apt-get install chromium, or set CHARTER_CHROMIUM)");
        SharedDevstack shared = SharedDevstack.get();
        int gatewayPort = shared.devstack().port("gateway");
        site = "http://localhost:" + gatewayPort;
        gateway = new RawHttp(gatewayPort);
        board = new GoverningBoard(gateway, shared.tokens());
        board.awaitSeats();
        membersRegistered = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        processes = new Processes(gateway, new RawHttp(shared.devstack().port("workflow")), board.secretaryToken());
        callAnElection();
        screenshots = Path.of(System.getProperty("charter.web.screenshots", "target/web-screenshots"));
        Files.createDirectories(screenshots);
        // a busy machine: the count is refreshed every 2 s, a page may take seconds to answer
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeThePollsAndTheBrowser() throws InterruptedException {
        // the devstack is left quiet for the next IT: every poll opened here is closed and counted
        polls.forEach(board::close);
        if (contest != null && !"COUNTED".equals(contestNow().path("status").asText())) {
            gateway.request("POST", "/api/v1/contests/" + contest + "/closure").token(board.secretaryToken()).body(new byte[0]).send();
        }
        if (browser != null) {
            browser.close();
        }
        // the notices of the tasks, polls and contest above are still being sent and recorded
        if (gateway != null) {
            shared().events().awaitQuiet();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void noPageHadASeriousOrCriticalAccessibilityViolation() {
        List<String> found = List.copyOf(inaccessible);
        inaccessible.clear();
        assertThat(found).as("axe-core's serious or critical violations: rule (impact) page: elements").isEmpty();
    }

    @Test
    @Order(1)
    void a_delegate_votes_and_sees_the_count_change_and_the_alternate_is_told_the_member_has_voted() {
        String motion = "Dissolution of the consortium (browser test)";
        String poll = formalVoteOn(motion);

        try (BrowserContext delegate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(delegate, "wa-delegate2, delegate of WA");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My polls"))).isVisible();
            assertThat(page.getByText("You are its voting delegate.")).isVisible();
            assertThat(openItem(page, motion).getByTestId("waiting")).hasText(EN.text("home.waiting"));
            accessible(page);
            shot(page, "home-en.png");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(motion)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(motion))).isVisible();
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^0 of \\d+ members have answered$"));
            accessible(page);

            // another member votes through the API: the open page's count follows (htmx), without a reload
            board.vote(poll, "OR", "YES");
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^1 of \\d+ members have answered$"));

            page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
            shot(page, "poll-en.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast the vote")).click();
            assertThat(page.getByTestId("recorded")).hasText("Your member's answer was recorded: Yes.");
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^2 of \\d+ members have answered$"));
            accessible(page);
            assertThat(page.content()).doesNotContain(tokenLike());

            // home now says the member has voted; its record says so too, without the choice while the poll is open
            page.navigate(site + "/");
            assertThat(openItem(page, motion).getByTestId("answered")).hasText(EN.text("home.answered.vote"));
            accessible(page);
            page.locator("#my-member-record-link").click();
            assertThat(page.locator("h1#record-heading")).hasText(EN.text("record.title"));
            assertThat(pollRecord(page, poll).locator("td.answer")).hasText(EN.text("record.voted"));
            accessible(page);
        }
        assertThat(board.turnout(poll)).contains("WA");

        try (BrowserContext alternate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(alternate, "wa-alt1, alternate of WA");
            assertThat(page.getByText("You are one of its alternates: you may vote for it.")).isVisible();
            accessible(page);
            page.navigate(site + "/polls/" + poll);
            assertThat(page.getByTestId("member-answered"))
                    .hasText("Your member WA has already voted in this poll: a member votes once.");
            accessible(page);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast the vote"))).hasCount(0);
            shot(page, "poll-alternate-en.png");
        }

        // once counted, the roll call is public: anyone, signed out, finds WA's Yes from the public page
        board.close(poll);
        polls.remove(poll);
        countedPoll = poll;
        try (BrowserContext anyone = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = anyone.newPage();
            page.navigate(site + "/public");
            page.locator("#public-roll-calls-link").click();
            assertThat(page.getByTestId("public-roll-calls")).isVisible();
            accessible(page);
            page.locator("[data-testid=public-roll-calls] tr[data-poll=\"" + poll + "\"] a").click();
            assertThat(page).hasURL(site + "/public/roll-calls/" + poll);
            assertThat(page.locator("[data-testid=roll-call] tbody tr:has(td:text-is('WA'))")).containsText("Yes");
            accessible(page);
            shot(page, "public-roll-call-en.png");
        }
        // and the member's record shows its choice now
        try (BrowserContext delegate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(delegate, "wa-delegate2, delegate of WA", "/my-member");
            assertThat(page.locator("h1#record-heading")).hasText(EN.text("record.title"));
            assertThat(pollRecord(page, poll).locator("td.answer")).hasText(EN.text("choice.YES"));
            accessible(page);
            shot(page, "my-member-en.png");
        }
    }

    @Test
    @Order(2)
    void the_same_in_spanish_and_a_refusal_is_explained_in_spanish() {
        String motion = "Publicación de estadísticas de ítems (prueba de navegador)";
        String vote = formalVoteOn(motion + ", votación");
        String round = consensusRoundOn(motion);

        try (BrowserContext delegate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(delegate, "ca-delegate2, delegate of CA");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.getByText("Usted es su delegado con voto.")).isVisible();
            accessible(page);
            shot(page, "home-es.png");

            // the language is remembered (cookie): the next page is in Spanish without asking again
            page.navigate(site + "/polls/" + vote);
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^\\d+ de \\d+ miembros han respondido$"));
            accessible(page);
            page.getByLabel("Sí", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emitir el voto")).click();
            assertThat(page.getByTestId("recorded")).hasText("Se registró la respuesta de su miembro: Sí.");
            accessible(page);

            // a block must say why: the API refuses it (422 REASON_REQUIRED) and the page says so in Spanish
            page.navigate(site + "/polls/" + round);
            page.getByLabel("Bloqueo", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expresar la posición")).click();
            assertThat(page.getByTestId("refusal")).hasText("El apoyo con reservas y el bloqueo deben indicar un motivo.");
            assertThat(page.getByTestId("refusal")).hasAttribute("data-code", "REASON_REQUIRED");
            accessible(page);
            shot(page, "poll-refusal-es.png");
            page.getByLabel("Motivo").fill("El texto no dice nada de los ítems aún en uso (misión: pruebas válidas)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expresar la posición")).click();
            assertThat(page.getByTestId("recorded")).hasText("Se registró la respuesta de su miembro: Bloqueo.");
            accessible(page);

            // home marks both as answered, the record says so without the choices while the polls are open
            WebTexts es = WebTexts.of("es");
            page.navigate(site + "/");
            assertThat(openItem(page, motion + ", votación").getByTestId("answered")).hasText(es.text("home.answered.vote"));
            assertThat(openItem(page, motion).getByTestId("answered")).hasText(es.text("home.answered.position"));
            accessible(page);
            page.locator("#my-member-record-link").click();
            assertThat(page.locator("h1#record-heading")).hasText(es.text("record.title"));
            assertThat(pollRecord(page, vote).locator("td.answer")).hasText(es.text("record.voted"));
            assertThat(pollRecord(page, round).locator("td.answer")).hasText(es.text("record.positionTaken"));
            accessible(page);
            shot(page, "my-member-es.png");
        }

        try (BrowserContext alternate = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"))) {
            Page page = signIn(alternate, "ca-alt1, suplente de CA");
            assertThat(page.getByText("Usted es uno de sus suplentes: puede votar por él.")).isVisible();
            accessible(page);
            page.navigate(site + "/polls/" + vote);
            assertThat(page.getByTestId("member-answered"))
                    .hasText("Su miembro CA ya ha votado en esta votación: cada miembro vota una vez.");
            accessible(page);
        }
    }

    @Test
    @Order(3)
    void a_delegate_ranks_the_candidates_with_the_keyboard_and_the_receipt_is_in_the_published_contest() {
        openTheBallot();
        String receipt;
        try (BrowserContext delegate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(delegate, "wa-delegate2, delegate of WA");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ballot: At-large K-12 seat"))).isVisible();
            page.navigate(site + "/ballots/" + contest);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ballot: At-large K-12 seat"))).isVisible();
            accessible(page);

            rankWithTheKeyboardAlone(page);

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your ballot is cast: your receipt")))
                    .isVisible();
            assertThat(page.getByTestId("ranking")).hasText(candidate("Ora Lind") + "," + candidate("Wren Ames"));
            receipt = page.getByTestId("receipt").textContent().strip();
            assertThat(receipt).matches("[0-9a-f]{64}");
            assertThat(page.getByTestId("nonce")).hasText(Pattern.compile("^[0-9a-f]{64}$"));
            accessible(page);
            shot(page, "receipt-en.png");

            // the ballot page now says the member has voted, and offers no second ballot
            page.navigate(site + "/ballots/" + contest);
            assertThat(page.getByTestId("member-voted")).containsText("Your member WA has cast its ballot");
            accessible(page);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast the ballot"))).hasCount(0);

            // home and the member's record say it voted, never how
            page.navigate(site + "/");
            assertThat(openItem(page, "Ballot: At-large K-12 seat").getByTestId("answered")).hasText(EN.text("home.answered.vote"));
            accessible(page);
            page.locator("#my-member-record-link").click();
            assertThat(page.locator("[data-testid=member-contests] tr[data-contest=\"" + contest + "\"]"))
                    .containsText(EN.text("record.contestVoted"));
            accessible(page);
            assertThat(page.content()).doesNotContain(tokenLike());
        }

        // CA's delegate votes in the same contest, in Spanish, with the mouse
        String receiptInSpanish = castABallotInSpanish();
        // the other members' delegates vote through the API, so the turnout reaches the quorum certification needs
        for (String member : board.members()) {
            if (!member.equals("WA") && !member.equals("CA")) {
                RawHttp.Answer cast = gateway.request("POST", "/api/v1/contests/" + contest + "/ballots")
                        .token(board.delegateToken(member)).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .json("{\"ranking\":[\"%s\",\"%s\"]}".formatted(candidate("Ora Lind"), candidate("Wren Ames"))).send();
                assertThat(cast.status()).as(member + ": " + cast).isEqualTo(201);
            }
        }

        // the close counts the contest; its publication holds the receipts with the rankings cast
        RawHttp.Answer closed = gateway.request("POST", "/api/v1/contests/" + contest + "/closure").token(board.secretaryToken())
                .body(new byte[0]).send();
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode published = gateway.request("GET", "/api/v1/contests/" + contest + "/published").token(board.secretaryToken())
                .send().json();
        List<String> receipts = published.path("ballots").findValuesAsText("receipt");
        assertThat(receipts).contains(receipt, receiptInSpanish);
        // certified: the public results list it (the last case)
        RawHttp.Answer certified = gateway.request("POST", "/api/v1/contests/" + contest + "/certification").token(board.secretaryToken())
                .body(new byte[0]).send();
        assertThat(certified.status()).as(certified.toString()).isEqualTo(200);

        // a secretary reads the count stage by stage and finds the receipt among the published ballots
        try (BrowserContext secretary = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(secretary, "sam.secretary, Governing Board secretary");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members and their standing"))).isVisible();
            assertThat(page.getByTestId("members")).containsText("WA");
            accessible(page);
            page.navigate(site + "/contests/" + contest);
            assertThat(page.getByTestId("stages")).containsText("Stage 1");
            page.getByLabel("Receipt (64 hexadecimal digits)").fill(receipt);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Look up")).click();
            assertThat(page.getByTestId("receipt-found")).containsText("Included: this receipt is ballot");
            accessible(page);
            shot(page, "contest-count-en.png");
        }
    }

    @Test
    @Order(4)
    void an_auditor_previews_and_downloads_an_aggregates_history_and_opens_the_checkpoints() throws Exception {
        try (BrowserContext auditor = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            // a link followed before signing in (as a notice e-mail's): the sign-in leads back to its page
            Page page = signIn(auditor, "ada.auditor, auditor", "/audit/checkpoints?from=mail");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The ledger's checkpoints"))).isVisible();
            accessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit")).click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export the ledger"))).isVisible();
            accessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export the ledger")).click();
            page.getByLabel("An aggregate's whole history").check();
            page.getByLabel("Its subject, as its events record it").fill("CA");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the first lines")).click();
            assertThat(page.getByTestId("preview")).containsText("charter.membership.MemberRegistered.v1");
            accessible(page);
            shot(page, "audit-export-en.png");

            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.getByTestId("download").click());
            assertThat(download.suggestedFilename()).isEqualTo("ledger-CA.jsonl");
            String first = Files.readAllLines(download.path()).get(0);
            assertThat(first).contains("\"subject\":\"CA\"").contains("\"hash\":");

            page.navigate(site + "/audit/checkpoints");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The ledger's checkpoints"))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How to re-check a checkpoint"))).isVisible();
            accessible(page);
        }
    }

    @Test
    @Order(5)
    void a_secretary_records_an_attendance_in_a_board_meeting_and_reads_the_budget_in_review() {
        // what the devstack's demos would have: a Board meeting in session and FY2027's budget before the EC
        String title = "Board meeting (browser test " + Instant.now().getEpochSecond() + ")";
        String meeting = boardMeetingInSession(title);
        String budget = budgetInReview("FY2027");
        try (BrowserContext secretary = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(secretary, "sam.secretary, Governing Board secretary");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Committees")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Committees and their seats")))
                    .isVisible();
            accessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Governing Board").setExact(true)).click();
            assertThat(page.getByTestId("seats")).containsText("WA");
            accessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
            assertThat(page.getByTestId("quorum")).containsText(Pattern.compile("^0 of \\d+ voting seats present"));
            accessible(page);

            // one seat's presence, through the form (htmx swaps the attendance in)
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("WA").setExact(true))
                    .getByLabel("Present online").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record attendance")).click();
            assertThat(page.getByTestId("recorded")).containsText(Pattern.compile("^Recorded for 1 seats\\. 1 of \\d+ voting seats present"));
            assertThat(page.getByTestId("quorum")).containsText(Pattern.compile("^1 of \\d+ voting seats present"));
            accessible(page);
            shot(page, "meeting-en.png");

            page.navigate(site + "/fiscal-years/FY2027/budget");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The budget of FY2027"))).isVisible();
            Locator proposal = page.getByTestId("proposal-" + budget);
            assertThat(proposal).containsText("Status: before the Executive Committee");
            assertThat(page.getByTestId("proposal-totals-" + budget)).containsText("$31,000,000.00");
            accessible(page);
        } finally {
            RawHttp.Answer adjourned = gateway.request("POST", "/api/v1/committees/GOVERNING_BOARD/meetings/" + meeting
                    + "/adjournment").token(board.secretaryToken()).body(new byte[0]).send();
            assertThat(adjourned.status()).as(adjourned.toString()).isEqualTo(200);
        }
        JsonNode attendance = gateway.request("GET", "/api/v1/committees/GOVERNING_BOARD/meetings/" + meeting)
                .token(board.secretaryToken()).send().json().path("attendance");
        assertThat(attendance.findValuesAsText("attendee")).containsExactly("WA");
        assertThat(attendance.findValuesAsText("presence")).containsExactly("PRESENT_ONLINE");
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    @Order(6)
    void a_secretary_starts_a_policy_approval_and_completes_its_revision_task(String language) {
        WebTexts texts = WebTexts.of(language);
        String title = (language.equals("es") ? "Retirada de ítems de prueba" : "Test items are retired")
                + " (browser test " + language + " " + Instant.now().getEpochSecond() + ")";
        String motion = board.propose(title);
        String process = null;
        try (BrowserContext secretary = browser.newContext(new Browser.NewContextOptions().setLocale(texts.browserLocale()))) {
            Page page = signIn(secretary, texts.text("signin.kind.secretary", GoverningBoard.SECRETARY));
            // the motion, then its link to start the policy approval: the form comes with the motion's id in it
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.text("nav.motions")).setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("motions.title")))).isVisible();
            accessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
            accessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.text("motion.startApproval"))).click();
            assertThat(page.getByLabel(texts.text("processes.subject"))).hasValue(motion);
            assertThat(page.getByLabel(texts.text("processes.policy"))).isChecked();
            accessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.text("processes.submit"))).click();
            assertThat(page.getByTestId("started")).hasText(texts.pattern("processes.started"));
            process = processes.find("policy-approval", motion);
            assertThat(page.getByTestId("started")).hasText(texts.text("processes.started", process));
            assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(motion))).containsText("NoticePeriod");
            accessible(page);
            shot(page, "processes-" + language + ".png");

            // the web app starts with the workflow's default periods (days of notice): the notice timer is
            // executed now, as in Cockpit; the round opens, a delegate blocks, the secretary closes it
            processes.fireTimer(process);
            String round = processes.awaitRound(process, 1);
            board.everyDelegate(round, "SUPPORT", "BLOCK");
            page.navigate(site + "/polls/" + round);
            assertThat(page.getByTestId("cast")).isVisible();
            assertThat(page.getByTestId("voted")).containsText("WA");
            accessible(page);
            shot(page, "poll-turnout-" + language + ".png");
            board.close(round);
            page.reload();
            assertThat(page.getByTestId("result")).isVisible();
            assertThat(page.getByText(texts.text("poll.outcome", texts.text("outcome.BLOCKED")), new Page.GetByTextOptions().setExact(true))
                    .first()).isVisible();
            accessible(page);
            page.getByTestId("result").scrollIntoViewIfNeeded();
            shot(page, "poll-result-" + language + ".png");

            // the revision task, marked on the processes page as the task notice's link marks it
            String task = processes.awaitRevisionTask(process);
            page.navigate(site + "/processes?task=" + task);
            Locator marked = page.locator("#task-" + task);
            assertThat(marked).hasAttribute("aria-current", "true");
            assertThat(marked).containsText("Revise the motion");
            assertThat(marked).containsText(texts.text("processes.thisTask"));
            accessible(page);
            marked.scrollIntoViewIfNeeded();
            shot(page, "tasks-" + language + ".png");

            // the task is done in Tasklist, through the page's link (no public API completes a task): the
            // webapps' development login, the task claimed, its form filled in and completed
            Locator toTasklist = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.text("processes.tasklist")));
            String tasklistUrl = toTasklist.getAttribute("href");
            toTasklist.click();
            Tasklist.signIn(page);
            Tasklist.claimAndFillIn(page, tasklistUrl, task, Map.of(
                    "revisedText", "1. Test items are retired after five years. 2. Items still in use are held back.",
                    "revisionNote", "answers the block (" + language + ")"));
            if (language.equals("en")) {
                shot(page, "tasklist-en.png"); // Tasklist has no Spanish: the same page in both runs
            }
            Tasklist.complete(page);
            String waiting = process;
            Eventually.that("process " + process + " waits out the comment period", () -> processes.waitsAt(waiting, "CommentPeriod"));
            // done by Tasklist's signed-in user, not the test's REST client
            assertThat(processes.milestone(process, "MotionRevisionPublished").path("data").path("revisedBy").asText())
                    .isEqualTo(Tasklist.USER);
            page.navigate(site + "/processes");
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(motion));
            assertThat(row).containsText("CommentPeriod");
            assertThat(row).containsText(texts.text("processes.noTask"));
            accessible(page);

            // the motion now has its revised text as version 2, compared side by side with the first
            page.navigate(site + "/motions/" + motion);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("motion.text", 2)))).isVisible();
            accessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.text("motion.compare.submit"))).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("diff.title", 1, 2)))).isVisible();
            assertThat(page.getByText(texts.text("diff.changed")).first()).isVisible();
            accessible(page);
            shot(page, "motion-diff-" + language + ".png");
        } finally {
            // the shared stack is left quiet: the motion is withdrawn between its polls, which ends the process
            if (process != null) {
                RawHttp.Answer withdrawn = board.withdraw(motion, "browser test over");
                assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
                processes.awaitEnd(process);
            }
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    @Order(7)
    void an_auditor_verifies_the_ledger_and_replays_a_member_as_of_a_past_date(String language) {
        WebTexts texts = WebTexts.of(language);
        String asOf = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(LocalDateTime.ofInstant(membersRegistered, ZoneOffset.UTC));
        try (BrowserContext auditor = browser.newContext(new Browser.NewContextOptions().setLocale(texts.browserLocale()))) {
            Page page = signIn(auditor, texts.text("signin.kind.auditor", "ada.auditor"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.text("nav.audit")).setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("audit.title")))).isVisible();
            assertThat(page.getByTestId("verified")).hasText(texts.pattern("audit.ok"));
            accessible(page);
            shot(page, "audit-" + language + ".png");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.text("retally.title"))).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("retally.title")))).isVisible();
            accessible(page);
            shot(page, "retally-" + language + ".png");

            page.navigate(site + "/audit");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.text("replay.title"))).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("replay.title")))).isVisible();
            accessible(page);
            page.getByLabel(texts.text("replay.kind")).selectOption("member");
            page.getByLabel(texts.text("replay.id"), new Page.GetByLabelOptions().setExact(true)).fill("CA");
            page.getByLabel(texts.pattern("replay.asOf")).fill(asOf);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(texts.text("replay.submit"))).click();
            assertThat(page).hasURL(Pattern.compile("/audit/replay\\?kind=member&id=CA&asOf="));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                    .containsText(texts.text("replay.result", "member", "CA", "").strip());
            assertThat(page.getByTestId("state")).containsText("\"CA\"");
            accessible(page);
            shot(page, "replay-" + language + ".png");
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    @Order(8)
    void anyone_reads_the_public_page_without_signing_in(String language) {
        WebTexts texts = WebTexts.of(language);
        try (BrowserContext anyone = browser.newContext(new Browser.NewContextOptions().setLocale(texts.browserLocale()))) {
            Page page = anyone.newPage();
            page.navigate(site + "/public");
            assertThat(page.locator("html")).hasAttribute("lang", language);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("public.title")))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("public.committee")))).isVisible();
            accessible(page);
            shot(page, "public-" + language + ".png");

            page.locator("#public-roll-calls-link").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("public.rollCalls.title")))).isVisible();
            accessible(page);
            if (countedPoll != null) {
                page.locator("[data-testid=public-roll-calls] tr[data-poll=\"" + countedPoll + "\"] a").click();
                assertThat(page.getByTestId("roll-call")).containsText("WA");
                accessible(page);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(texts.text("public.rollCalls.title"))).click();
            }
            assertThat(page.getByTestId("public-roll-calls")).isVisible();
            shot(page, "public-roll-calls-" + language + ".png");

            page.navigate(site + "/public");
            page.locator("#public-results-link").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(texts.text("public.results.title")))).isVisible();
            if (contest != null) {
                Locator result = page.locator("article[data-contest=\"" + contest + "\"]");
                // the election service names the elected by candidate id (its slate has the names)
                assertThat(result.getByTestId("elected")).containsText(Pattern.compile(Pattern.quote(candidate("Ora Lind")) + "|Ora Lind"));
                result.scrollIntoViewIfNeeded();
            }
            accessible(page);
            shot(page, "public-results-" + language + ".png");
        }
    }

    /**
     * The ballot page (Ora Lind third of three) with the keyboard alone: from the top of the page, the
     * skip link, then Tab through the candidates in reading order (each one's checkbox, Up, Down),
     * Enter on Ora's Up twice (the focus comes back to it after each move), Shift+Tab and Tab,
     * Space to untick Cal Ortiz, Tab to Cast and Enter. Every control reached shows its focus.
     */
    private static void rankWithTheKeyboardAlone(Page page) {
        String wren = EN.text("ballot.candidate", "Wren Ames", "WA");
        String cal = EN.text("ballot.candidate", "Cal Ortiz", "CA");
        String ora = EN.text("ballot.candidate", "Ora Lind", "OR");
        assertThat(press(page, "Tab")).isEqualTo("link " + EN.text("layout.skip"));
        page.keyboard().press("Enter");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            order.add(press(page, "Tab"));
        }
        assertThat(order).containsExactly("link " + EN.text("poll.back"),
                "checkbox " + wren, "button Move Wren Ames up", "button Move Wren Ames down",
                "checkbox " + cal, "button Move Cal Ortiz up", "button Move Cal Ortiz down",
                "checkbox " + ora, "button Move Ora Lind up");

        page.keyboard().press("Enter");
        // the page comes back (the form works without script) with the focus on the button pressed
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Ora Lind is now in place 2.")))
                .hasCount(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Ora Lind up"))).isFocused();
        assertThat(focused(page)).isEqualTo("button Move Ora Lind up");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Ora Lind is now in place 1.")))
                .hasCount(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Ora Lind up"))).isFocused();
        assertThat(focused(page)).isEqualTo("button Move Ora Lind up");
        accessible(page);

        // now Ora, Wren, Cal: back and forth, then on to Cal's checkbox, which Space unticks
        assertThat(press(page, "Tab")).isEqualTo("button Move Ora Lind down");
        assertThat(press(page, "Shift+Tab")).isEqualTo("button Move Ora Lind up");
        assertThat(List.of(press(page, "Tab"), press(page, "Tab"), press(page, "Tab"), press(page, "Tab"), press(page, "Tab")))
                .containsExactly("button Move Ora Lind down", "checkbox " + wren, "button Move Wren Ames up",
                        "button Move Wren Ames down", "checkbox " + cal);
        page.keyboard().press("Space");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("Cal Ortiz")))).not().isChecked();
        shot(page, "ballot-en.png");
        assertThat(List.of(press(page, "Tab"), press(page, "Tab"), press(page, "Tab")))
                .containsExactly("button Move Cal Ortiz up", "button Move Cal Ortiz down", "button " + EN.text("ballot.cast"));
        page.keyboard().press("Enter");
    }

    /** Presses the key; what has the focus then, which must show it (a visible outline). */
    private static String press(Page page, String key) {
        page.keyboard().press(key);
        String focused = focused(page);
        Object visible = page.evaluate("""
                () => { const e = document.activeElement, s = getComputedStyle(e);
                        return e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }""");
        assertThat(visible).as("the focus on %s is visible", focused).isEqualTo(true);
        return focused;
    }

    /** The focused element as "role name": a link or button by its (aria-)label, a checkbox by its candidate. */
    private static String focused(Page page) {
        return String.valueOf(page.evaluate("""
                () => { const e = document.activeElement;
                        const text = n => (n ? n.textContent : '').replace(/\\s+/g, ' ').trim();
                        if (e.matches('input[type=checkbox]')) return 'checkbox ' + text(e.labels[0].lastElementChild);
                        if (e.matches('a')) return 'link ' + (e.getAttribute('aria-label') || text(e));
                        if (e.matches('button')) return 'button ' + (e.getAttribute('aria-label') || text(e));
                        return e.tagName.toLowerCase() + ' ' + text(e); }"""));
    }

    /** CA's delegate, in Spanish, clicks Ora Lind one place up and casts; the receipt page in Spanish; the receipt. */
    private static String castABallotInSpanish() {
        WebTexts es = WebTexts.of("es");
        String ballot = es.text("ballot.title", es.text("position.AT_LARGE_K12"));
        try (BrowserContext delegate = browser.newContext(new Browser.NewContextOptions().setLocale(es.browserLocale()))) {
            Page page = signIn(delegate, es.text("signin.kind.delegate", "ca-delegate2", "CA"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ballot)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ballot))).isVisible();
            accessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es.text("ballot.up", "Ora Lind"))).click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText(es.text("ballot.moved", "Ora Lind", 2)))).hasCount(1);
            accessible(page);
            shot(page, "ballot-es.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es.text("ballot.cast"))).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(es.text("receipt.title")))).isVisible();
            assertThat(page.getByTestId("cast")).hasText(es.text("receipt.cast", es.text("position.AT_LARGE_K12")));
            assertThat(page.getByTestId("ranking"))
                    .hasText(candidate("Wren Ames") + "," + candidate("Ora Lind") + "," + candidate("Cal Ortiz"));
            String receipt = page.getByTestId("receipt").textContent().strip();
            assertThat(receipt).matches("[0-9a-f]{64}");
            accessible(page);
            shot(page, "receipt-es.png");

            page.navigate(site + "/ballots/" + contest);
            assertThat(page.getByTestId("member-voted")).hasText(es.text("ballot.memberVoted", "CA"));
            accessible(page);
            return receipt;
        }
    }

    /** A hybrid Governing Board meeting starting now, notice given two weeks ago, opened (its voting seats frozen); its id. */
    private static String boardMeetingInSession(String title) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RawHttp.Answer scheduled = gateway.request("POST", "/api/v1/committees/GOVERNING_BOARD/meetings").token(board.secretaryToken())
                .json("""
                        {"format":"HYBRID","startsAt":"%s","place":"Sacramento, Room 4B","link":"https://meet.example.org/gb",
                         "noticeGivenAt":"%s","title":"%s"}""".formatted(now, now.minus(Duration.ofDays(14)), title)).send();
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        String meeting = scheduled.json().path("id").asText();
        RawHttp.Answer opened = gateway.request("POST", "/api/v1/committees/GOVERNING_BOARD/meetings/" + meeting + "/opening")
                .token(board.secretaryToken()).body(new byte[0]).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        return meeting;
    }

    /** A balanced budget for the year (31,000,000.00 each side), proposed and submitted: before the Executive Committee. */
    private static String budgetInReview(String year) {
        RawHttp.Answer proposed = gateway.request("POST", "/api/v1/budgets").token(board.secretaryToken()).json("""
                {"fiscalYear":"%s","lines":[
                 {"kind":"REVENUE","category":"GRANTS","description":"Federal grant","amountCents":3100000000},
                 {"kind":"EXPENSE","category":"PERSONNEL","description":"Staff","amountCents":2500000000},
                 {"kind":"EXPENSE","category":"RESERVE_CONTRIBUTION","description":"Reserve","amountCents":600000000}]}"""
                .formatted(year)).send();
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().path("id").asText();
        RawHttp.Answer submitted = gateway.request("POST", "/api/v1/budgets/" + id + "/submission").token(board.secretaryToken())
                .body(new byte[0]).send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    /**
     * An election for one at-large K-12 contest of two seats (so counted by STV) with three
     * candidates from three members, nominated and accepted now; nominations close, the slate is due
     * and the ballot opens at {@link #ballotOpensAt}, seconds from now, and stays open an hour.
     */
    private static void callAnElection() {
        // time for the three nominations and acceptances below, and no more: the ballot case waits for what is left
        ballotOpensAt = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        String suffix = "W" + (Instant.now().getEpochSecond() % 10_000_000);
        RawHttp.Answer called = gateway.request("POST", "/api/v1/elections").token(board.secretaryToken()).json("""
                {"fiscalYear":2031,"suffix":"%s","ballotOpensAt":"%s",
                 "periods":{"nominationsOpen":"PT1H","nominationsClose":"PT0S","acceptance":"PT0S","slate":"PT0S","ballot":"PT1H"},
                 "contests":[{"position":"AT_LARGE_K12","seats":2}]}""".formatted(suffix, ballotOpensAt)).send();
        assertThat(called.status()).as(called.toString()).isEqualTo(201);
        String election = called.json().path("id").asText();
        contest = called.json().path("contests").get(0).path("id").asText();
        String nominator = shared().tokens().issue("or-delegate", "delegate", "OR");
        for (String[] nominee : new String[][] {{"wa-alt1", "Wren Ames", "WA"}, {"ca-alt1", "Cal Ortiz", "CA"},
                {"or-delegate", "Ora Lind", "OR"}}) {
            RawHttp.Answer nominated = gateway.request("POST", "/api/v1/elections/" + election + "/nominations").token(nominator)
                    .json("{\"position\":\"AT_LARGE_K12\",\"nominee\":\"%s\",\"name\":\"%s\"}".formatted(nominee[0], nominee[1]))
                    .send();
            assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
            String accepting = shared().tokens().issue(nominee[0], "delegate", nominee[2]);
            RawHttp.Answer accepted = gateway.request("POST", "/api/v1/elections/" + election + "/nominations/"
                    + nominated.json().path("id").asText() + "/acceptance").token(accepting).body(new byte[0]).send();
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        }
    }

    /** At {@link #ballotOpensAt} the secretary publishes the slate; the contest opens (the election's clock, or a read). */
    private static void openTheBallot() {
        String election = contest.substring(0, contest.indexOf('.'));
        long early = Duration.between(Instant.now(), ballotOpensAt).toMillis();
        if (early > 0) {
            try {
                Thread.sleep(early); // only when this case runs alone: otherwise the others took longer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        Eventually.that("the slate of " + election + " is published", () -> {
            int status = gateway.request("POST", "/api/v1/elections/" + election + "/slate").token(board.secretaryToken())
                    .body(new byte[0]).send().status();
            return status == 200 || !contestNow().path("status").asText().equals("NOMINATING");
        });
        Eventually.that(contest + " is open", () -> contestNow().path("status").asText().equals("OPEN"));
    }

    private static JsonNode contestNow() {
        return gateway.request("GET", "/api/v1/contests/" + contest).token(board.secretaryToken()).send().json();
    }

    /** A candidate's id on the slate, by the name it was nominated with. */
    private static String candidate(String name) {
        for (JsonNode candidate : contestNow().path("candidates")) {
            if (candidate.path("name").asText().equals(name)) {
                return candidate.path("id").asText();
            }
        }
        throw new AssertionError("no candidate " + name + " on " + contest);
    }

    private static SharedDevstack shared() {
        try {
            return SharedDevstack.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in on the development login as the person whose label is given; the browser's language decides the page's. */
    private static Page signIn(BrowserContext context, String person) {
        return signIn(context, person, "/");
    }

    /** Opens {@code path} signed out, signs in there as the person whose label is given, and is back at {@code path}. */
    private static Page signIn(BrowserContext context, String person, String path) {
        Page page = context.newPage();
        page.navigate(site + path);
        assertThat(page).hasURL(site + "/sign-in");
        accessible(page);
        page.getByLabel(person).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(Sign in|Iniciar sesión)$"))).click();
        assertThat(page).hasURL(site + path);
        return page;
    }

    /** The home page's item (an open poll or ballot) whose link has exactly this name. */
    private static Locator openItem(Page page, String title) {
        return page.locator("li").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    /** The member record's row of a poll. */
    private static Locator pollRecord(Page page, String poll) {
        return page.locator("[data-testid=member-polls] tr[data-poll=\"" + poll + "\"]");
    }

    private static String formalVoteOn(String title) {
        String poll = board.openPoll(board.propose(title, "DISSOLUTION"), "FORMAL_VOTE");
        polls.add(poll);
        return poll;
    }

    private static String consensusRoundOn(String title) {
        String poll = board.openPoll(board.propose(title, "POLICY_ADOPTION"), "CONSENSUS_ROUND");
        polls.add(poll);
        return poll;
    }

    /**
     * Runs axe-core in the page as it is now (after a page load, or after htmx changed it) and keeps
     * each serious or critical violation, with the rule, the page and the elements' selectors.
     */
    private static Page accessible(Page page) {
        page.waitForLoadState();
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        Object violations = page.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + ') ' + location.pathname + location.search + ': '
                        + v.nodes.map(n => n.target.join(' ')).join(' | '))""");
        for (Object violation : (List<?>) violations) {
            inaccessible.add(String.valueOf(violation));
        }
        return page;
    }

    /** A screenshot of what the window shows (1280 by 720: small PNGs for the docs), named {@code name}. */
    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name)));
    }

    private static String axeCore() {
        try (InputStream script = WebBrowserIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (org.webjars.npm:axe-core:4.6.3)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWT's first part ({"alg":...} in base64url): never in a page. */
    private static String tokenLike() {
        return "eyJ";
    }
}
