package io.newsdigest.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebArticleCleanerTest {

    private final WebArticleCleaner cleaner = new WebArticleCleaner();

    private CleanArticle text(String text) {
        return cleaner.fromText(text, Optional.empty());
    }

    @Test
    void dropsNavigationLinesOfPastedPages() {
        CleanArticle clean = text("menu\nclose\n\nDer Rat tagt heute.\n\nLatest News");
        assertEquals("Der Rat tagt heute.", clean.text());
    }

    @Test
    void dropsCookieNotice() {
        CleanArticle clean = text("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Alle akzeptieren\n"
                + "Der Rat tagt heute.");
        assertEquals("Der Rat tagt heute.", clean.text());
    }

    @Test
    void takesShortFirstLineWithoutPeriodAsTitle() {
        CleanArticle clean = text("Stadt baut neue Brücke\n\nDie Stadt baut eine neue Brücke über den Fluss.");
        assertEquals(Optional.of("Stadt baut neue Brücke"), clean.title());
        assertEquals("Die Stadt baut eine neue Brücke über den Fluss.", clean.text());
    }

    @Test
    void dropsHeadlineRepeatedInTheBody() {
        CleanArticle clean = text("Stadt baut neue Brücke\n\nKurz: Die Stadt baut.\nStadt baut neue Brücke\n"
                + "Die Brücke kostet viel.");
        assertEquals("Kurz: Die Stadt baut.\n\nDie Brücke kostet viel.", clean.text());
    }

    @Test
    void dropsGivenTitleWhenItOpensTheBody() {
        CleanArticle clean = cleaner.fromText("Neue Brücke\nDie Stadt baut.", Optional.of("Neue Brücke"));
        assertEquals("Die Stadt baut.", clean.text());
        assertEquals(Optional.of("Neue Brücke"), clean.title());
    }

    @Test
    void keepsFirstLineThatIsASentence() {
        CleanArticle clean = text("Die Stadt baut eine Brücke.\nSie kostet viel.");
        assertEquals(Optional.empty(), clean.title());
        assertEquals("Die Stadt baut eine Brücke.\n\nSie kostet viel.", clean.text());
    }

    @Test
    void movesLabelledSourceToSourceField() {
        CleanArticle clean = text("Die Stadt baut eine Brücke.\n\nSource: Bloomberg\n\nLatest News");
        assertEquals(Optional.of("Bloomberg"), clean.source());
        assertEquals("Die Stadt baut eine Brücke.", clean.text());
    }

    @Test
    void movesGermanQuelleToSourceField() {
        CleanArticle clean = text("Die Stadt baut eine Brücke.\nQuelle: dpa");
        assertEquals(Optional.of("dpa"), clean.source());
        assertFalse(clean.text().contains("dpa"));
    }

    @Test
    void movesTrailingAgencyInParenthesesToSourceField() {
        CleanArticle clean = text("The city will build a bridge, officials said. (Reuters)");
        assertEquals(Optional.of("Reuters"), clean.source());
        assertEquals("The city will build a bridge, officials said.", clean.text());
    }

    @Test
    void removesSoftHyphensAndTurnsNoBreakSpacesIntoSpaces() {
        assertEquals("Die Wirtschaftsleistung stieg um 3 Prozent.",
                text("Die Wirt\u00ADschafts\u00ADleistung stieg um 3\u00A0Prozent.").text());
    }

    @Test
    void normalizesToComposedUnicode() {
        assertEquals("Gr\u00FC\u00DFe aus K\u00F6ln.", text("Gru\u0308\u00DFe aus Ko\u0308ln.").text());
    }

    @Test
    void keepsTypographicQuotes() {
        String body = "„Wir bauen“, sagte sie. “Fine,” he said. «Bon».";
        assertEquals(body, text(body).text());
    }

    @Test
    void separatesParagraphsWithOneBlankLine() {
        assertEquals("Erster Absatz.\n\nZweiter Absatz.", text("Erster Absatz.\n\n\n\r\nZweiter Absatz.").text());
    }

    @Test
    void joinsHardWrappedLinesThatContinueInLowerCase() {
        assertEquals("Die Stadt baut eine neue Brücke, die über den Fluss führt.",
                text("Die Stadt baut eine neue Brücke,\ndie über den Fluss führt.").text());
    }

    @Test
    void findsBylineLineNearTheTop() {
        CleanArticle clean = text("Von Anna Berg\nDie Stadt baut eine Brücke.");
        assertEquals(Optional.of("Von Anna Berg"), clean.byline());
        assertEquals("Die Stadt baut eine Brücke.", clean.text());
    }

    @Test
    void givesEmptyArticleForNullOrBlankInput() {
        assertEquals("", cleaner.fromText(null, Optional.empty()).text());
        assertEquals("", cleaner.fromHtml("   ", Optional.empty()).text());
    }

    @Test
    void extractsHeadlineParagraphsAndListsFromHtml() {
        String html = """
                <html><head><title>Brücke | Stadtblatt</title><script>var x = 1;</script></head><body>
                <header><nav><a href="/">Home</a><a href="/politik">Politik</a></nav></header>
                <article>
                  <h1>Stadt baut neue Brücke</h1>
                  <p class="byline">Von Anna Berg</p>
                  <p>Die Stadt baut eine neue Brücke.</p>
                  <div class="share-buttons"><a>Teilen</a><a>Tweet</a></div>
                  <ul><li>Kosten: 4 Mio. Euro</li><li>Bauzeit: 2 Jahre</li></ul>
                  <p>Der Bau beginnt im Mai.</p>
                </article>
                <footer>Impressum · Datenschutz</footer>
                </body></html>""";
        CleanArticle clean = cleaner.fromHtml(html, Optional.empty());
        assertEquals(Optional.of("Stadt baut neue Brücke"), clean.title());
        assertEquals(Optional.of("Von Anna Berg"), clean.byline());
        assertEquals("Die Stadt baut eine neue Brücke.\n\n- Kosten: 4 Mio. Euro\n\n- Bauzeit: 2 Jahre\n\n"
                + "Der Bau beginnt im Mai.", clean.text());
    }

    @Test
    void findsMainTextWithoutArticleElementByParagraphDensity() {
        String html = "<body><div class='menu'><p>Start</p></div><div id='content'><p>Erster Satz im Text.</p>"
                + "<p>Zweiter Satz im Text.</p></div><div class='related-links'><p>Mehr Artikel</p></div></body>";
        CleanArticle clean = cleaner.fromHtml(html, Optional.empty());
        assertEquals("Erster Satz im Text.\n\nZweiter Satz im Text.", clean.text());
    }

    @Test
    void takesBylineFromAuthorMetaTag() {
        String html = "<head><meta name='author' content='Jane Roe'></head><body><article><p>Text here.</p>"
                + "</article></body>";
        assertEquals(Optional.of("Jane Roe"), cleaner.fromHtml(html, Optional.empty()).byline());
    }

    @Test
    void keepsTextOfHtmlWithoutBlockElements() {
        CleanArticle clean = cleaner.fromHtml("<html><body>Erste Zeile.\nZweite Zeile.</body></html>",
                Optional.empty());
        assertEquals("Erste Zeile.\n\nZweite Zeile.", clean.text());
    }

    @Test
    void neverThrowsOnBrokenHtml() {
        CleanArticle clean = cleaner.fromHtml("<p>Offen <b>fett <i>kursiv</p></div></html><<>>", Optional.empty());
        assertTrue(clean.text().contains("Offen fett kursiv"));
    }
}
