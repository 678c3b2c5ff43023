package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.text.RuleSentenceSplitter;
import io.newsdigest.nlp.text.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tokenizer cuts sentences as the regular expression that defined it did (kept here as the reference): on
 * sentences written for these tests, on random text made of the pieces its rules turn on (digits and separators,
 * fractions, letters with marks and digits, apostrophes, hyphens, addresses, surrogate pairs, the odd spaces),
 * cut anywhere, and on the shared evaluation texts when they are present.
 */
class SentenceTokenizerTest {

    private static final String ADDRESS = "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.]+|";
    private static final String PARTS = "(\\d*[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?!\\d)|\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?(?!\\d|[.,'’]\\d)"
            + "|\\d+(?:[.,'’\\u00A0\\u202F]\\d+)*|(?<!\\S)\\.\\d+)"
            + "|((?:USD|EUR|GBP|CHF|JPY|CNY|CAD|AUD)(?=\\d)|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}]+)?(?:[-‐‑][\\p{L}\\p{N}]+)*)"
            + "|([^\\s\\u00A0\\u2007\\u202F\\p{L}\\p{N}])";
    private static final Pattern TOKEN = Pattern.compile(PARTS);
    private static final Pattern TOKEN_OR_ADDRESS = Pattern.compile(ADDRESS + PARTS);

    /** The tokens as the former expression found them. */
    static List<Token> reference(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        String region = text.substring(start, end);
        boolean address = region.indexOf('@') >= 0 || region.contains("://") || region.contains("www.");
        Matcher matcher = (address ? TOKEN_OR_ADDRESS : TOKEN).matcher(text).region(start, end);
        while (matcher.find()) {
            if (matcher.group(1) == null && matcher.group(2) == null && matcher.group(3) == null) {
                continue;
            }
            Token.Type type = matcher.group(1) != null ? Token.Type.NUMBER
                    : matcher.group(2) != null ? Token.Type.WORD : Token.Type.SYMBOL;
            tokens.add(new Token(matcher.start(), matcher.end(), matcher.group(), type));
        }
        return tokens;
    }

    @Test
    void cutsNumbersWordsAndSymbolsOfWrittenSentences() {
        String text = "Am 6.\u00A0Juli kosteten 40 000 Chips (H100) rund USD115 bzw. 2½ Mio. € – siehe www.x.de/a, "
                + "mail: a.b@c.de. The U.S.' 1 234,5 tons and .5% of 100'000 rock'n'roll-fans' Covid-19 x²";
        List<String> tokens = SentenceTokenizer.tokenize(text, 0, text.length()).stream()
                .map(token -> token.type().name().charAt(0) + token.text()).toList();
        assertEquals(List.of("WAm", "N6", "S.", "WJuli", "Wkosteten", "N40 000", "WChips", "S(", "WH100", "S)",
                "Wrund", "WUSD", "N115", "Wbzw", "S.", "N2½", "WMio", "S.", "S€", "S–", "Wsiehe", "Wmail",
                "S:", "WThe", "WU", "S.", "WS", "S.", "S'", "N1 234,5", "Wtons", "Wand", "N.5", "S%", "Wof",
                "N100'000", "Wrock'n", "S'", "Wroll-fans", "S'", "WCovid-19", "Wx²"), tokens);
        assertEquals(reference(text, 0, text.length()), SentenceTokenizer.tokenize(text, 0, text.length()));
    }

    @Provide
    Arbitrary<List<String>> tokenizerPieces() {
        return Arbitraries.of("1", "12", "123", "1234", "0", " ", " ", "  ", "\u00A0", "\u202F", "\u2007", "\t", "\n",
                ".", ",", "'", "’", "½", "¾", "⅐", "²", "Ⅻ", "٣", "a", "Z", "ä", "é", "e\u0301", "\u0301", "ß", "İ",
                "Σ", "𝐀", "𝟙", "😀", "\uD835", "\uDC00", "-", "‐", "‑", "–", "/", "@", "_", "+", ":", "(", ")", "$",
                "€", "USD", "EUR", "usd", "http://", "https://", "www.", "x.de", "a@b.c", "the", "Mio", "000", " 000",
                "🇩🇪").list().ofMaxSize(20);
    }

    @Property(tries = 5000)
    void cutsRandomTextAsTheReferenceDoes(@ForAll("tokenizerPieces") List<String> pieces,
                                          @ForAll @IntRange(max = 1000) int from, @ForAll @IntRange(max = 1000) int to) {
        String text = String.join("", pieces);
        int start = text.isEmpty() ? 0 : from % (text.length() + 1);
        int end = start + (text.length() == start ? 0 : to % (text.length() - start + 1));
        assertEquals(reference(text, start, end), SentenceTokenizer.tokenize(text, start, end), text);
    }

    @Property(tries = 1000)
    void cutsArbitraryTextAsTheReferenceDoes(@ForAll String text) {
        assertEquals(reference(text, 0, text.length()), SentenceTokenizer.tokenize(text, 0, text.length()), text);
    }

    @Test
    void cutsTheSharedEvaluationTextsAsTheReferenceDoes() throws IOException {
        String shared = System.getProperty("newsdigest.shared", "");
        Path eval = Path.of(shared, "eval");
        assumeTrue(!shared.isEmpty() && Files.isDirectory(eval), "shared evaluation data not available");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(eval)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.addAll(Files.readAllLines(file));
            }
        }
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        int sentences = 0;
        for (String text : texts) {
            for (Sentence sentence : splitter.split(text, "en")) {
                assertEquals(reference(text, sentence.start(), sentence.end()),
                        SentenceTokenizer.tokenize(text, sentence.start(), sentence.end()), sentence.text());
                sentences++;
            }
        }
        assertTrue(sentences > 10_000, "sentences compared: " + sentences);
    }
}
