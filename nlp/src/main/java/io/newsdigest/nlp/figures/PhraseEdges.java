package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What stands at the edges of a number phrase and changes what it is: a plus glued after it ("21+", "million-plus":
 * at least), a vague quantifier before a scale ("a few hundred", "mehrere tausend": no number), German "beide"
 * after a determiner ("ihre beiden Töchter": two), a scale letter after a space ("2.33 k") and a fraction joined by
 * "and" ("one and a half"). Stateless.
 */
final class PhraseEdges {

    /** Words that leave the amount open; German in every case ending: "vieler Tausend", "mit einigen hundert". */
    private static final Set<String> VAGUE_QUANTIFIERS = Set.of("few", "several", "many", "some", "paar",
            "einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "viele", "vielen", "vieler",
            "etliche", "etlichen", "etlicher");
    private static final Set<String> AND = Set.of("and", "und");
    private static final Set<String> BOTH = Set.of("beide", "beiden", "beider");
    private static final Set<String> DETERMINERS = Set.of("die", "der", "den", "des", "diese", "dieser", "diesen",
            "ihre", "ihren", "ihrer", "seine", "seinen", "seiner", "unsere", "unseren", "unserer", "meine", "meinen",
            "meiner", "deine", "deinen", "eure", "euren");

    private PhraseEdges() {
    }

    /** @return whether the word before {@code index} makes a scale there vague ("a few hundred") */
    static boolean vagueBefore(List<Token> tokens, int index) {
        return index > 0 && VAGUE_QUANTIFIERS.contains(tokens.get(index - 1).lower());
    }

    /**
     * "21+ percent", "18+": a plus glued after a number, which means "or more", as "million-plus" does
     * ({@link #endsWithPlus}).
     */
    static boolean plusAfter(List<Token> tokens, int index) {
        return index > 0 && index < tokens.size() && tokens.get(index).isSymbol("+")
                && tokens.get(index - 1).touches(tokens.get(index))
                && (index + 1 == tokens.size() || !tokens.get(index).touches(tokens.get(index + 1))
                || !tokens.get(index + 1).is(Token.Type.NUMBER));
    }

    /** @return whether the phrase ends in a glued plus ("21+"): at least that many */
    static boolean endsWithPlus(List<Token> tokens, NumberPhrase number) {
        Token last = tokens.get(number.last() - 1);
        return last.isSymbol("+") || last.lower().endsWith("-plus");
    }

    /** @return the forms of German "beide", at which {@link #bothAfterDeterminer} may read two */
    static Set<String> bothWords() {
        return BOTH;
    }

    /**
     * "die beiden Töchter", "ihre beiden Söhne": German "beide" after a determiner is "the two", as translations
     * write it; "beide" alone is "both", which no language counts.
     */
    static boolean bothAfterDeterminer(List<Token> tokens, int index, NumberGrammar grammar) {
        if (!"de".equals(grammar.language()) || index == 0 || !BOTH.contains(tokens.get(index).lower())) {
            return false;
        }
        // "die ersten beiden Partien": an adjective may stand between; "als die beiden gingen" has no noun.
        String before = tokens.get(index - 1).lower();
        boolean determined = DETERMINERS.contains(before) || index >= 2 && before.endsWith("en")
                && DETERMINERS.contains(tokens.get(index - 2).lower());
        int noun = index + 1;
        while (noun < tokens.size() && noun <= index + 3 && tokens.get(noun).is(Token.Type.WORD)
                && !tokens.get(noun).capitalized() && !LabelReader.functionWord(tokens.get(noun).lower())) {
            noun++;
        }
        return determined && noun < tokens.size() && tokens.get(noun).capitalized();
    }

    /**
     * "2.33 k", "$1.6 M": a scale letter after a space counts only after decimals or a currency sign and where
     * nothing follows it in the sentence but punctuation, since "5 k run", "ran 10 k." or "3 M Hotels" use the
     * letters otherwise. A lower-case "m" is metres.
     */
    static Optional<BigDecimal> spacedScaleLetter(List<Token> tokens, int index) {
        String letter = tokens.get(index).text();
        boolean last = index + 1 == tokens.size() || tokens.get(index + 1).is(Token.Type.SYMBOL)
                && !tokens.get(index + 1).isSymbol("-‐‑/&");
        if (!last) {
            return Optional.empty();
        }
        return switch (letter) {
            case "k", "K" -> Optional.of(BigDecimal.valueOf(1_000));
            case "M" -> Optional.of(BigDecimal.valueOf(1_000_000));
            default -> Optional.empty();
        };
    }

    /**
     * "one and a half", "two and three quarters", "sechs und zwei Drittel": the fraction added to the number
     * before.
     */
    static Optional<BigDecimal> andFraction(List<Token> tokens, int index, NumberGrammar grammar) {
        if (index + 2 >= tokens.size() || !AND.contains(tokens.get(index).lower())
                || !tokens.get(index + 1).is(Token.Type.WORD)) {
            return Optional.empty();
        }
        String count = tokens.get(index + 1).lower();
        Optional<BigDecimal> numerator = grammar.article(count) ? Optional.of(BigDecimal.ONE) : grammar.spelled(count);
        return numerator.flatMap(times -> grammar.fraction(tokens.get(index + 2).lower()).map(times::multiply));
    }
}
