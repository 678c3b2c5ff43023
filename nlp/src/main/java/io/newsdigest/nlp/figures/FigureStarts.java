package io.newsdigest.nlp.figures;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells the tokens at which no reader of {@link SentenceFigureReader} can start, so that it skips them without asking
 * each reader in turn: most tokens of a sentence are ordinary words, and asking every reader at each of them cost
 * more than all the figures found. The test is the readers' own entry conditions, joined:
 * <ul>
 *   <li>a number starts anything;</li>
 *   <li>a currency sign or the first token of one ("$", "EUR", "US" of "US$") starts money ({@link AmountReader});
 *       no other symbol starts a reading;</li>
 *   <li>a word starts a reading only when it is a spelled number ("acht Uhr", "sieben", "twenty-one": the clock,
 *       age and number-phrase readers); has a hyphen or a digit ("Fünf-Prozent-Hürde", "four-in-ten",
 *       "three-year-old", "two-thirds", "million-plus", "H100"); is an article, fraction or scale word of the grammar,
 *       a month, an ordinal word ("vierte", "fourth"), a German form of "beide" or the "die" of "die Hälfte", the
 *       "half" of "half of them"; or is one of {@link WordAmounts}' words ("doppelt", "dreimal", "centennial",
 *       "Hundertjahrfeier"), or a German compound with an adjective of time ("dreijährige", {@link Ages}).</li>
 * </ul>
 * A reader that learns to start at another kind of token must be added here: the extractor's tests run with this
 * filter and fail until it is. {@code FigureStartsTest} checks that the filtered and unfiltered readers find the
 * same figures. Thread-safe and immutable.
 */
final class FigureStarts {

    private final NumberGrammar grammar;
    private final boolean german;
    /** Words that may start a reading whatever their neighbours: each reader's own list, joined. */
    private final Set<String> words;

    FigureStarts(NumberGrammar grammar, NamesAndRanks names) {
        this.grammar = grammar;
        this.german = "de".equals(grammar.language());
        Set<String> all = new HashSet<>(grammar.phraseWords());
        all.addAll(DateReader.monthWords());
        all.addAll(names.ordinalWords());
        // FractionPhrases.halfOfAGroup: "die Hälfte der Befragten", "half of the members".
        all.add(german ? "die" : "half");
        if (german) {
            all.addAll(PhraseEdges.bothWords());
        }
        this.words = Set.copyOf(all);
    }

    /** @return false only where every reader asked at {@code token} would read nothing */
    boolean mayStartAt(Token token) {
        return switch (token.type()) {
            case NUMBER -> true;
            case SYMBOL -> UnitLexicon.instance().startsCurrencySign(token.lower());
            case WORD -> mayStartAtWord(token);
        };
    }

    private boolean mayStartAtWord(Token token) {
        String lower = token.lower();
        return words.contains(lower) || hyphenOrDigit(token.text())
                || UnitLexicon.instance().startsCurrencySign(lower)
                || WordAmounts.mayStartAt(lower, grammar)
                || german && Ages.germanCompound(lower)
                || grammar.spelled(lower).isPresent();
    }

    private static boolean hyphenOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '‐' || c == '‑' || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
