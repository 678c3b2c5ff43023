package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the noun phrase a number counts: in German the capitalized noun after at most three attributive adjectives
 * ("115.000 verbotene Nvidia-KI-Chips" → "Nvidia-KI-Chips"); in English the words up to the first function word,
 * verb-like word or plural, without leading participles and adjectives ("115,000 banned Nvidia AI chips" →
 * "Nvidia AI chips"). Thread-safe and immutable.
 */
final class LabelReader {

    /** A label with the index after its last token. */
    record Found(FigureLabel label, int next) {
    }

    private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "that",
            "which", "who", "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would",
            "could", "should", "can", "may", "might", "must", "than", "as", "per", "each", "more", "less", "this",
            "these", "those", "it", "its", "them", "us", "him", "their", "his", "her", "they", "he", "she", "we", "you", "said", "says",
            "while", "when", "after", "before", "since", "into", "over", "under", "about", "between", "during", "up",
            "down", "out", "so", "not", "also", "only", "just", "all", "ago", "last", "next", "there", "here", "did",
            "do", "does", "according", "against", "through", "if", "then", "because", "until", "out", "off", "across",
            "und", "oder", "aber", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
            "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten",
            "im", "in", "mit", "von", "vom", "zu", "zum", "zur", "bei", "auf", "für", "aus", "nach", "als", "wie",
            "sich", "nicht", "auch", "nur", "noch", "schon", "so", "es", "sie", "er", "wir", "pro", "je", "bis",
            "seit", "um", "an", "am", "dass", "sowie", "diese", "dieser", "dieses", "jene", "alle", "keine", "seine",
            "ihre", "unsere", "deren", "dessen", "welche", "mehr", "weniger"));
    private static final Set<String> ENGLISH_ADJECTIVES = Set.of("new", "other", "additional", "extra", "further",
            "old", "young", "big", "small", "large", "major", "key", "own", "advanced", "several", "many", "few");
    /** Irregular past forms that follow a counted noun as its verb. */
    private static final Set<String> PAST_FORMS = Set.of("left", "went", "came", "took", "made", "rose", "fell",
            "grew", "saw", "won", "lost", "paid", "spent", "got", "gave", "kept", "held", "ran", "met", "sold",
            "bought", "found", "told", "became", "began", "brought", "built", "fled", "stood", "sat", "chose", "drew",
            "flew", "drove", "wrote", "spoke", "broke", "threw", "knew", "thought", "felt", "led", "sent", "struck");
    private static final int MAX_ADJECTIVES = 3;
    private static final int MAX_ENGLISH_WORDS = 4;

    private final String language;
    private final Lemmatizer lemmatizer;

    LabelReader(String language) {
        this.language = "de".equals(language) ? "de" : "en";
        this.lemmatizer = new Lemmatizer(this.language);
    }

    static boolean functionWord(String lowerWord) {
        return FUNCTION_WORDS.contains(lowerWord);
    }

    /** @return whether an English word looks plural: "chips", or a glossary noun such as "people" */
    static boolean plural(String lowerWord) {
        return lowerWord.endsWith("s") && !lowerWord.endsWith("ss") || Glossary.find(lowerWord, "en").isPresent();
    }

    /**
     * @return whether the label can be what a number counts: a German noun not written in capitals; in English a
     *     plural, since a number before a singular noun names ("the 2019 season", "TSV 1860 qualify") rather than
     *     counts
     */
    boolean countable(FigureLabel label) {
        if ("de".equals(language)) {
            // "Boeing 737 MAX": a word in capitals after a number continues a name; it is no counted noun.
            return !label.text().equals(label.text().toUpperCase(Locale.ROOT));
        }
        String text = label.text().toLowerCase(Locale.ROOT);
        String last = text.substring(text.lastIndexOf(' ') + 1);
        // "famous", "status", "crisis" end in s without being plurals.
        boolean plural = last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
        return plural || Glossary.find(last, "en").filter(entry -> entry.plural("en").equalsIgnoreCase(last))
                .isPresent();
    }

    /**
     * @param text the analyzed text the tokens point into
     * @return the counted noun phrase starting at token {@code index}
     */
    Optional<Found> read(String text, List<Token> tokens, int index) {
        Optional<int[]> span = "de".equals(language) ? german(tokens, index) : english(tokens, index);
        return span.map(found -> {
            Token first = tokens.get(found[0]);
            Token last = tokens.get(found[1] - 1);
            FigureLabel label = new FigureLabel(text.substring(first.start(), last.end()),
                    lemmatizer.lemma(last.text()), language);
            return new Found(label, found[1]);
        });
    }

    /**
     * The group a share is taken of: "zwei Drittel der Deutschen" → "Deutschen", "three quarters of the schools" →
     * "schools"; the genitive article or "of (the/all)" that joined it is kept in {@link FigureLabel#of()}.
     */
    Optional<Found> readShareOf(String text, List<Token> tokens, int index) {
        int next = index;
        Set<String> connectors = "de".equals(language) ? Set.of("der", "des", "aller") : Set.of("of");
        if (next >= tokens.size() || !connectors.contains(tokens.get(next).lower())) {
            return Optional.empty();
        }
        next++;
        if (!"de".equals(language) && next < tokens.size() && Set.of("the", "all").contains(tokens.get(next).lower())) {
            next++;
        }
        String of = text.substring(tokens.get(index).start(), tokens.get(next - 1).end()).toLowerCase(Locale.ROOT);
        return read(text, tokens, next).map(found -> new Found(new FigureLabel(found.label().text(),
                found.label().lemma(), found.label().language(), of), found.next()));
    }

    private Optional<int[]> german(List<Token> tokens, int index) {
        int next = index;
        int adjectives = 0;
        while (next < tokens.size() && adjectives <= MAX_ADJECTIVES) {
            Token token = tokens.get(next);
            if (!token.is(Token.Type.WORD) || gluedToNumber(tokens, next)) {
                return Optional.empty();
            }
            if (token.capitalized()) {
                return Optional.of(new int[] {next, next + 1});
            }
            if (!germanAdjective(token.lower())) {
                return Optional.empty();
            }
            adjectives++;
            next++;
        }
        return Optional.empty();
    }

    /** "USD50": a word glued to the digits after it belongs to them, never to the label of the number before. */
    private static boolean gluedToNumber(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && tokens.get(index).touches(tokens.get(index + 1))
                && tokens.get(index + 1).is(Token.Type.NUMBER);
    }

    private static boolean germanAdjective(String word) {
        return word.length() >= 4 && !FUNCTION_WORDS.contains(word)
                && (word.endsWith("e") || word.endsWith("en") || word.endsWith("er") || word.endsWith("es")
                || word.endsWith("em"));
    }

    private Optional<int[]> english(List<Token> tokens, int index) {
        int next = index;
        int firstNoun = -1;
        while (next < tokens.size() && next - index < MAX_ENGLISH_WORDS) {
            Token token = tokens.get(next);
            String word = token.lower();
            if (!token.is(Token.Type.WORD) || word.length() < 2 || gluedToNumber(tokens, next)
                    || FUNCTION_WORDS.contains(word) || word.endsWith("ing")
                    || (word.endsWith("ly") && word.length() > 4)) {
                break;
            }
            // A past form is the sentence's verb: "300 staff left", "40 staff voted", "the S&P 500 rose".
            if (PAST_FORMS.contains(word) || firstNoun >= 0 && word.endsWith("ed")) {
                break;
            }
            if (firstNoun < 0 && !ENGLISH_ADJECTIVES.contains(word) && !word.endsWith("ed")) {
                firstNoun = next;
            }
            next++;
            boolean plural = plural(word);
            if (plural && firstNoun >= 0) {
                break;
            }
        }
        if (firstNoun < 0 || firstNoun >= next) {
            return Optional.empty();
        }
        return Optional.of(new int[] {firstNoun, next});
    }
}
