package io.newsdigest.nlp.eval;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.PorterStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a text into ROUGE tokens: lower-cased maximal runs of Unicode letters and digits, optionally stemmed.
 *
 * <p>Everything else (punctuation, quotes, hyphens, apostrophes) separates tokens, so a tokenized reference
 * ({@code Locke 's}) and running text ({@code Locke’s}) give the same tokens. Thread-safe: a Snowball stemmer
 * keeps state, so each call makes its own.
 */
final class RougeTokenizer {

    private final Optional<Supplier<SnowballStemmer>> stemmer;

    private RougeTokenizer(Optional<Supplier<SnowballStemmer>> stemmer) {
        this.stemmer = stemmer;
    }

    static RougeTokenizer plain() {
        return new RougeTokenizer(Optional.empty());
    }

    /**
     * Porter for English, as in the original ROUGE script; Snowball German for German.
     *
     * @throws IllegalArgumentException for a language without a stemmer here
     */
    static RougeTokenizer stemming(String language) {
        Supplier<SnowballStemmer> stemmer = switch (language) {
            case "en" -> PorterStemmer::new;
            case "de" -> GermanStemmer::new;
            default -> throw new IllegalArgumentException("language has no ROUGE stemmer (de, en): " + language);
        };
        return new RougeTokenizer(Optional.of(stemmer));
    }

    List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        SnowballStemmer stem = stemmer.map(Supplier::get).orElse(null);
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            tokens.add(stem == null ? lower.substring(start, i) : stemmed(stem, lower.substring(start, i)));
        }
        return tokens;
    }

    private static String stemmed(SnowballStemmer stemmer, String token) {
        stemmer.setCurrent(token);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
