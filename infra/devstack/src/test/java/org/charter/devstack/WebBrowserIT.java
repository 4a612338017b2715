package org.charter.devstack;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.charter.conventions.test.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web app in a real browser (Debian's headless chromium, driven by Playwright) against the
 * devstack of this test JVM ({@link SharedDevstack}: the real gateway, committee and membership
 * services, Kafka and MongoDB), everything through the gateway as a person would use it: a delegate
 * signs in, votes on an open poll and sees the running count change; an alternate of the same
 * member is told that the member has voted; the same in Spanish; a refusal of the API explained.
 *
 * <p>Skips, saying why, when there is no chromium ({@code CHARTER_CHROMIUM}, else
 * {@code /usr/bin/chromium}; {@code apt-get install chromium}). One browser for the whole class.
 * Screenshots go to {@code target/web-screenshots}, or to the folder {@code -Dcharter.web.screenshots}
 * names ({@code docs/web/screenshots} for the docs).
 */
class WebBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHARTER_CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;
    private static String site;
    private static RawHttp gateway;
    private static GoverningBoard board;
    private static final List<String> polls = new ArrayList<>();
    private static Path screenshots;

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
    static void closeThePollsAndTheBrowser() {
        // the devstack is left quiet for the next IT: every poll opened here is closed and counted
        polls.forEach(board::close);
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_delegate_votes_and_sees_the_count_change_and_the_alternate_is_told_the_member_has_voted() {
        String motion = "Dissolution of the consortium (browser test)";
        String poll = formalVoteOn(motion);

        try (BrowserContext delegate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(delegate, "wa-delegate2, delegate of WA");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My polls"))).isVisible();
            assertThat(page.getByText("You are its voting delegate.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("home-en.png")).setFullPage(true));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(motion)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(motion))).isVisible();
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^0 of \\d+ members have answered$"));

            // another member votes through the API: the open page's count follows (htmx), without a reload
            board.vote(poll, "OR", "YES");
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^1 of \\d+ members have answered$"));

            page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("poll-en.png")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast the vote")).click();
            assertThat(page.getByTestId("recorded")).hasText("Your member's answer was recorded: Yes.");
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^2 of \\d+ members have answered$"));
            assertThat(page.content()).doesNotContain(tokenLike());
        }
        assertThat(board.turnout(poll)).contains("WA");

        try (BrowserContext alternate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(alternate, "wa-alt1, alternate of WA");
            assertThat(page.getByText("You are one of its alternates: you may vote for it.")).isVisible();
            page.navigate(site + "/polls/" + poll);
            assertThat(page.getByTestId("member-answered"))
                    .hasText("Your member WA has already voted in this poll: a member votes once.");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast the vote"))).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("poll-alternate-en.png")).setFullPage(true));
        }
    }

    @Test
    void the_same_in_spanish_and_a_refusal_is_explained_in_spanish() {
        String motion = "Publicación de estadísticas de ítems (prueba de navegador)";
        String vote = formalVoteOn(motion + ", votación");
        String round = consensusRoundOn(motion);

        try (BrowserContext delegate = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = signIn(delegate, "ca-delegate2, delegate of CA");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.getByText("Usted es su delegado con voto.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("home-es.png")).setFullPage(true));

            // the language is remembered (cookie): the next page is in Spanish without asking again
            page.navigate(site + "/polls/" + vote);
            assertThat(page.getByTestId("cast")).containsText(Pattern.compile("^\\d+ de \\d+ miembros han respondido$"));
            page.getByLabel("Sí", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emitir el voto")).click();
            assertThat(page.getByTestId("recorded")).hasText("Se registró la respuesta de su miembro: Sí.");

            // a block must say why: the API refuses it (422 REASON_REQUIRED) and the page says so in Spanish
            page.navigate(site + "/polls/" + round);
            page.getByLabel("Bloqueo", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expresar la posición")).click();
            assertThat(page.getByTestId("refusal")).hasText("El apoyo con reservas y el bloqueo deben indicar un motivo.");
            assertThat(page.getByTestId("refusal")).hasAttribute("data-code", "REASON_REQUIRED");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("poll-refusal-es.png")).setFullPage(true));
            page.getByLabel("Motivo").fill("El texto no dice nada de los ítems aún en uso (misión: pruebas válidas)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expresar la posición")).click();
            assertThat(page.getByTestId("recorded")).hasText("Se registró la respuesta de su miembro: Bloqueo.");
        }

        try (BrowserContext alternate = browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"))) {
            Page page = signIn(alternate, "ca-alt1, suplente de CA");
            assertThat(page.getByText("Usted es uno de sus suplentes: puede votar por él.")).isVisible();
            page.navigate(site + "/polls/" + vote);
            assertThat(page.getByTestId("member-answered"))
                    .hasText("Su miembro CA ya ha votado en esta votación: cada miembro vota una vez.");
        }
    }

    /** Signs in on the development login as the person whose label is given; the browser's language decides the page's. */
    private static Page signIn(BrowserContext context, String person) {
        Page page = context.newPage();
        page.navigate(site + "/");
        assertThat(page).hasURL(site + "/sign-in");
        page.getByLabel(person).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^(Sign in|Iniciar sesión)$"))).click();
        assertThat(page).hasURL(site + "/");
        return page;
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

    /** A JWT's first part ({"alg":...} in base64url): never in a page. */
    private static String tokenLike() {
        return "eyJ";
    }
}
