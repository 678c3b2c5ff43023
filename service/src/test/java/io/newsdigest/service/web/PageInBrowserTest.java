package io.newsdigest.service.web;

import io.newsdigest.nlp.chat.ChatProvider;
import io.newsdigest.nlp.chat.LoopbackModelServer;
import io.newsdigest.service.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' page in real headless Chromium against the real server with its default pipeline and no models
 * directory. Skips when Chromium or chromedriver is not installed. Writes screenshots to
 * {@code service/target/screenshots/}, or to the folder named by {@code -Dnewsdigest.screenshots=...}
 * (the README's images: {@code -Dnewsdigest.screenshots=$PWD/docs/images}).
 */
class PageInBrowserTest {

    /** Written for this test; every number in it is made up. */
    private static final String ARTICLE = """
            Neue Straßenbahnlinie verbindet Hafen und Innenstadt

            Die städtischen Verkehrsbetriebe haben am Donnerstag die neue Straßenbahnlinie 7 eröffnet. Auf 12,5 \
            Kilometern verbinden die Bahnen künftig den Hafen mit der Innenstadt und dem Hauptbahnhof. Der Bau \
            kostete rund 240 Mio. Euro, davon trug der Bund mehr als 60 Prozent.
            Die Betreiber rechnen nach eigener Schätzung mit etwa 35.000 Fahrgästen pro Tag. Zum Start fahren 18 \
            neue Niederflurwagen im Zehn-Minuten-Takt. Die Fahrzeit zwischen Hafen und Hauptbahnhof sinkt damit \
            von 34 auf 21 Minuten.
            Verkehrsdezernentin Petra Lang sprach von einem Meilenstein für die Stadt. Kritik kam von Anwohnern, \
            die während der dreijährigen Bauzeit unter Lärm und Umleitungen gelitten hatten. Die Linie soll bis \
            2028 um weitere 4 Kilometer nach Süden verlängert werden.

            Quelle: eigene Recherche
            """;
    private static final String COST = "240 Mio. Euro";
    private static final Dimension LAPTOP = new Dimension(1440, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static RunningService service;
    private static BrowserSession browser;
    private static String home;
    private static LoopbackModelServer modelServer;
    private static RunningService chatService;

    @BeforeAll
    static void start() throws Exception {
        if (!BrowserSession.installed()) {
            return;
        }
        service = RunningService.start(Files.createTempDirectory("newsdigest-models"));
        home = service.baseUri() + "/";
        browser = BrowserSession.start();
    }

    /**
     * Each test, not the class, assumes the browser: an assumption failing in {@code @BeforeAll} hides the tests
     * ("Tests run: 0"), while one failing here reports every test as skipped.
     */
    @BeforeEach
    void needsChromium() {
        BrowserSession.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
        if (chatService != null) {
            chatService.close();
        }
        if (modelServer != null) {
            modelServer.close();
        }
    }

    /** A second server with a chat model on a loopback Ollama server, started by the first test that needs it. */
    private static synchronized String chatHome() throws Exception {
        if (chatService == null) {
            modelServer = LoopbackModelServer.start("llama3.1:8b");
            chatService = RunningService.start(Files.createTempDirectory("newsdigest-models"), Map.of(
                    "newsdigest.llm.provider", "ollama",
                    "newsdigest.llm.base-url", modelServer.baseUrl(ChatProvider.OLLAMA).toString(),
                    "newsdigest.llm.model", "llama3.1:8b"));
        }
        return chatService.baseUri() + "/";
    }

    @Test
    void showsAWrittenSummaryWithItsSourceLinksAndTheGuardsReplacement() throws Exception {
        String chat = chatHome();
        modelServer.reset();
        modelServer.then(LoopbackModelServer.Reply.recorded("nordhafen-changed.en.json"));
        String article = new String(LoopbackModelServer.class.getResourceAsStream("nordhafen.de.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        WebDriver page = digest(LAPTOP, article, chat);

        assertEquals("Written by the newsroom's model (llama3.1:8b)", text(page, "#method"));
        assertTrue(text(page, ".masthead__note").contains("the article was sent to it"), text(page, ".masthead__note"));
        List<WebElement> sentences = page.findElements(By.cssSelector("#summary .sentence"));
        assertEquals(3, sentences.size());
        WebElement first = sentences.get(0);
        assertTrue(first.findElement(By.cssSelector(".sentence__sources")).getText().startsWith("sentences "),
                "the first written sentence names the two sentences it rests on");
        WebElement replaced = sentences.get(1);
        assertEquals(1, replaced.findElements(By.cssSelector(".badge--guard")).size(), "the guard's replacement");
        assertEquals("de", replaced.getAttribute("lang"));
        assertTrue(replaced.getText().contains("5 Milliarden Euro"), replaced.getText());
        assertTrue(text(page, "#warnings").contains("'50 billion euros'"), text(page, "#warnings"));

        new Actions(page).moveToElement(page.findElement(By.className("masthead"))).moveToElement(first).perform();
        String marked = settledText(page, "#source-text [data-sentence~='0'].is-active", null);
        assertTrue(marked.contains("Elektrolyseanlage") && marked.contains("300 Megawatt"),
                "pointing at the sentence marks both article sentences it rests on: " + marked);
        Files.write(screenshots().resolve("page-llm.png"), fullPage(page, LAPTOP));
    }

    private static Path screenshots() throws java.io.IOException {
        String requested = System.getProperty("newsdigest.screenshots", "");
        return Files.createDirectories(requested.isBlank()
                ? projectRoot().resolve("service/target/screenshots") : Path.of(requested));
    }

    @Test
    void showsTheLanguageTheSummaryAndAnHonestTranslationNote() {
        WebDriver page = digest(LAPTOP, ARTICLE);

        assertTrue(text(page, "#language").startsWith("German"), text(page, "#language"));
        List<WebElement> sentences = page.findElements(By.cssSelector("#summary .summary--bullets .sentence"));
        assertEquals(3, sentences.size(), "3 bullets");
        String source = text(page, "#source-text");
        for (WebElement sentence : sentences) {
            String words = sentence.findElement(By.cssSelector(".sentence__text")).getText();
            assertTrue(source.contains(words), "a summary sentence is a sentence of the article: " + words);
        }
        String note = text(page, "#summary-note");
        assertTrue(note.contains("Not translated"), note);
        assertTrue(note.contains("newsdigest models pull opus-mt-de-en"), note);
    }

    @Test
    void showsTheKeyFiguresAsCardsInTheTargetLocale() {
        WebDriver page = digest(LAPTOP, ARTICLE);

        WebElement cost = card(page, COST);
        assertEquals("Money", cost.findElement(By.cssSelector(".card__kicker")).getAttribute("textContent").strip());
        String value = cost.findElement(By.cssSelector(".card__value")).getText();
        assertTrue(value.startsWith("about €240"), "English qualifier and euro sign: " + value);
        WebElement passengers = card(page, "35.000");
        assertEquals(1, passengers.findElements(By.cssSelector(".badge--estimate")).size(), "the operator's estimate");
        assertTrue(passengers.findElement(By.cssSelector(".card__value")).getText().contains("35,000"),
                "English digit grouping");
        assertTrue(page.findElements(By.cssSelector("#figures .card")).size() >= 5, "the article's key figures");
    }

    @Test
    void writesAShareOfAGroupAsAFraction() {
        assertEquals("2/3", cardValue("Zwei Drittel der Anwohner begrüßen die neue Brücke.", "Zwei Drittel"));
    }

    @Test
    void writesARatioShareOverItsDenominator() {
        assertEquals("4 in 5", cardValue("Vier von fünf Anwohnern begrüßen die neue Brücke.", "Vier von fünf"));
    }

    @Test
    void writesAYearSpanAsYearsAndNamesItsType() {
        WebElement span = cardFor("Die neue Brücke über den Fluss wird 2025–2026 gebaut.", "2025–2026");
        assertEquals("2025–2026", span.findElement(By.cssSelector(".card__value")).getText());
        assertEquals("Date", span.findElement(By.cssSelector(".card__kicker")).getAttribute("textContent").strip());
    }

    @Test
    void namesTheTypeOfEveryCard() {
        WebElement age = cardFor("Die 58-jährige Bauleiterin erklärte die Pläne der Stadt.", "58-jährige");
        assertEquals("Age", age.findElement(By.cssSelector(".card__kicker")).getAttribute("textContent").strip());
    }

    @Test
    void writesADeadlineWithItsWord() {
        assertEquals("by 2029", cardValue("Die neue Brücke über den Fluss soll bis 2029 fertig sein.", "2029"));
    }

    @Test
    void pointingAtAFigureCardMarksExactlyItsSpanInTheText() {
        WebDriver page = digest(LAPTOP, ARTICLE);

        // From a neutral place, so that the pointer enters the card even if a previous test left it there.
        new Actions(page).moveToElement(page.findElement(By.className("masthead")))
                .moveToElement(card(page, COST)).perform();

        assertEquals(COST, settledText(page, "#source-text mark.is-active[data-role='figure']", COST));
    }

    @Test
    void tabbingToASummarySentenceMarksItsSourceSentence() {
        WebDriver page = digest(LAPTOP, ARTICLE);
        ((JavascriptExecutor) page).executeScript("document.querySelector('[data-export=download]').focus()");

        new Actions(page).sendKeys(Keys.TAB).perform();

        WebElement focused = page.switchTo().activeElement();
        assertEquals("0", focused.getAttribute("data-sentence"), "the first sentence follows the export buttons");
        String sentence = focused.findElement(By.cssSelector(".sentence__text")).getText();
        assertEquals(sentence, settledText(page, "#source-text [data-sentence='0'].is-active", sentence));
    }

    @Test
    void explainsAnEmptySubmitInPlainWords() {
        WebDriver page = digest(LAPTOP, "");

        WebElement problem = page.findElement(By.id("problem"));
        assertEquals("alert", problem.getAttribute("role"));
        assertTrue(problem.getText().startsWith("There is no article text to digest."), problem.getText());
        assertTrue(page.findElement(By.id("digest")).getAttribute("hidden") != null, "no digest is shown");
    }

    @Test
    void savesScreenshotsAtLaptopAndPhoneWidths() throws Exception {
        // The README's images are refreshed only on request, so that a test run leaves the tree as it was.
        Path images = screenshots();
        for (var shot : Map.of("page-laptop.png", LAPTOP, "page-phone.png", PHONE).entrySet()) {
            WebDriver page = digest(shot.getValue(), ARTICLE);
            card(page, COST).click();
            new Actions(page).moveToElement(page.findElement(By.className("masthead"))).perform();
            assertEquals(COST, activeText(page, "#source-text mark.is-active[data-role='figure']"),
                    "a selected card keeps its span marked after the pointer leaves");
            byte[] png = fullPage(page, shot.getValue());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(shot.getValue().getWidth(), image.getWidth(), shot.getKey());
            Files.write(images.resolve(shot.getKey()), png);
        }
    }

    private static WebDriver digest(Dimension window, String article) {
        return digest(window, article, home);
    }

    private static WebDriver digest(Dimension window, String article, String url) {
        WebDriver page = browser.driver;
        page.manage().window().setSize(window);
        page.get(url);
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
        WebElement submit = page.findElement(By.id("submit"));
        wait.until(ignored -> submit.isEnabled());
        // Pasting: the value is set at once, as a paste does, rather than typed key by key.
        ((JavascriptExecutor) page).executeScript("document.getElementById('article').value = arguments[0]", article);
        submit.click();
        wait.until(ignored -> page.findElement(By.id("digest")).isDisplayed()
                || page.findElement(By.id("problem")).isDisplayed());
        return page;
    }

    /** The value on the card quoting {@code quote}, for a short article that starts with {@code sentence}. */
    private static String cardValue(String sentence, String quote) {
        WebDriver page = digest(LAPTOP, sentence + " Sie kostet nach Angaben der Stadt 48 Millionen Euro. "
                + "Täglich sollen 9.000 Radfahrer sie nutzen.");
        return card(page, quote).findElement(By.cssSelector(".card__value")).getText();
    }

    /** The card quoting {@code quote}, for a short article that starts with {@code sentence}. */
    private static WebElement cardFor(String sentence, String quote) {
        WebDriver page = digest(LAPTOP, sentence + " Sie kostet nach Angaben der Stadt 48 Millionen Euro. "
                + "Täglich sollen 9.000 Radfahrer sie nutzen.");
        return card(page, quote);
    }

    private static WebElement card(WebDriver page, String quote) {
        return page.findElements(By.cssSelector("#figures .card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".card__quote q")).getText().equals(quote))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card quotes " + quote));
    }

    private static String activeText(WebDriver page, String selector) {
        return page.findElements(By.cssSelector(selector)).stream()
                .map(element -> element.getAttribute("textContent"))
                .collect(Collectors.joining());
    }

    // The marked text once it reads as expected (or once anything is marked, for null), or as it reads after a few
    // seconds of waiting.
    private static String settledText(WebDriver page, String selector, String expected) {
        try {
            new WebDriverWait(page, Duration.ofSeconds(5)).until(ignored -> expected == null
                    ? !activeText(page, selector).isEmpty() : activeText(page, selector).equals(expected));
        } catch (TimeoutException e) {
            // The assertion that follows reports what the page shows instead.
        }
        return activeText(page, selector);
    }

    private static String text(WebDriver page, String selector) {
        return page.findElement(By.cssSelector(selector)).getText();
    }

    // Makes the viewport as tall as the document so that one screenshot shows the whole page.
    private static byte[] fullPage(WebDriver page, Dimension window) {
        Number height = (Number) ((JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollHeight");
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", window.getWidth(),
                "height", Math.min(height.intValue(), 4000), "deviceScaleFactor", 1, "mobile", false));
        try {
            ((JavascriptExecutor) page).executeScript("window.scrollTo(0, 0)");
            return browser.driver.getScreenshotAs(OutputType.BYTES);
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Path projectRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !(Files.isDirectory(folder.resolve("docs")) && Files.isDirectory(folder.resolve("service")))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("the project folder (with docs/ and service/) is not above " + Path.of("").toAbsolutePath());
        }
        return folder;
    }
}
