package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Amounts written as one word or an idiom around a unit, in both languages: a ratio joined by hyphens
 * ("four-in-ten patients", "one-in-five"), a multiple ("16-mal", "dreimal", "doppelt", "twice"), and a unit and
 * a half ("a year and a half", "an hour and a half", like "anderthalb Jahre"), and a span of years written as one
 * word for an anniversary ("centennial", "bicentenary", "Hundertjahrfeier", like "100-jähriges Bestehen"). Stateless.
 */
final class WordAmounts {

    private static final Set<String> MULTIPLE_ENDINGS = Set.of("mal", "-mal", "fach", "-fach");
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** "twice as many" and "doppelt so viele" say the same multiple. */
    private static final Map<String, Integer> ENGLISH_MULTIPLES = Map.of("twice", 2,
            "double", 2, "thrice", 3, "triple", 3);
    private static final Map<String, Integer> GERMAN_MULTIPLES = Map.of("doppelt", 2,
            "doppelte", 2, "doppelten", 2, "doppelter", 2, "doppeltes", 2);

    /** English anniversary words, in years: a translation of "100-jähriges Bestehen" says "centennial". */
    private static final Map<String, Integer> ANNIVERSARIES = Map.ofEntries(Map.entry("semicentennial", 50),
            Map.entry("centennial", 100), Map.entry("centenary", 100), Map.entry("sesquicentennial", 150),
            Map.entry("sesquicentenary", 150), Map.entry("bicentennial", 200), Map.entry("bicentenary", 200),
            Map.entry("tercentenary", 300), Map.entry("tercentennial", 300), Map.entry("tricentennial", 300),
            Map.entry("quatercentenary", 400), Map.entry("quincentenary", 500), Map.entry("quincentennial", 500));
    /** German anniversary compounds: "Hundertjahrfeier", "Zweihundertjahrfeiern". */
    private static final List<String> GERMAN_ANNIVERSARY_ENDINGS = List.of("jahrfeier", "jahrfeiern");
    private static final UnitLexicon.Unit YEARS = new UnitLexicon.Unit(FigureKind.QUANTITY, "year");

    private WordAmounts() {
    }

    /**
     * @return whether a word may start one of these forms: a multiple or anniversary word, a German word ending in
     *     "mal", "fach" or "jahrfeier(n)", an article ("a year and a half"); hyphenated forms are not tested here
     */
    static boolean mayStartAt(String lowerWord, NumberGrammar grammar) {
        if (!"de".equals(grammar.language())) {
            return ENGLISH_MULTIPLES.containsKey(lowerWord) || ANNIVERSARIES.containsKey(lowerWord)
                    || grammar.article(lowerWord);
        }
        return GERMAN_MULTIPLES.containsKey(lowerWord) || grammar.article(lowerWord) || lowerWord.endsWith("mal")
                || lowerWord.endsWith("fach") || GERMAN_ANNIVERSARY_ENDINGS.stream().anyMatch(lowerWord::endsWith);
    }

    /** @return the amount that one of these forms writes at {@code index} */
    static Optional<Amount> at(List<Token> tokens, int index, NumberGrammar grammar) {
        Token token = tokens.get(index);
        if (token.is(Token.Type.NUMBER)) {
            return multipleOfDigits(tokens, index, grammar);
        }
        if (!token.is(Token.Type.WORD)) {
            return Optional.empty();
        }
        return hyphenRatio(token, index, grammar).or(() -> spelledMultiple(token, index, grammar))
                .or(() -> unitAndAHalf(tokens, index, grammar)).or(() -> anniversary(token, index, grammar))
                .or(() -> halfUnit(tokens, index, grammar));
    }

    /**
     * "a half-year", "a half-hour", "a half-mile": half of a unit in one hyphenated word after an article, as German
     * says "ein halbes Jahr". After "the" or an ordinal it names a period ("the first half-year") and is left alone.
     */
    private static Optional<Amount> halfUnit(List<Token> tokens, int index, NumberGrammar grammar) {
        Token token = tokens.get(index);
        String lower = token.lower();
        if (!token.hyphenated() || !lower.startsWith("half-") || index == 0
                || !Set.of("a", "an").contains(tokens.get(index - 1).lower())) {
            return Optional.empty();
        }
        return UnitLexicon.instance().word(lower.substring("half-".length()))
                .filter(unit -> unit.kind() == FigureKind.QUANTITY)
                .map(unit -> new Amount(index, index + 1, new NumberPhrase(index, index + 1, token.start(), token.end(),
                        HALF, false, true, BigDecimal.ONE), HALF, Optional.of(unit)));
    }

    /** "centennial", "bicentenary", "Hundertjahrfeier": a number of years, said as one word. */
    private static Optional<Amount> anniversary(Token token, int index, NumberGrammar grammar) {
        String word = token.lower();
        Optional<BigDecimal> years = Optional.empty();
        if ("de".equals(grammar.language())) {
            for (String ending : GERMAN_ANNIVERSARY_ENDINGS) {
                if (word.endsWith(ending) && word.length() > ending.length()) {
                    years = grammar.compoundNumber(word.substring(0, word.length() - ending.length()));
                }
            }
        } else {
            years = Optional.ofNullable(ANNIVERSARIES.get(word)).map(BigDecimal::valueOf);
        }
        return years.filter(value -> value.compareTo(BigDecimal.TEN) >= 0).map(value -> new Amount(index, index + 1,
                new NumberPhrase(index, index + 1, token.start(), token.end(), value, false, true, BigDecimal.ONE),
                value, Optional.of(YEARS)));
    }

    /** "four-in-ten", "1-in-5", "one-out-of-three". */
    private static Optional<Amount> hyphenRatio(Token token, int index, NumberGrammar grammar) {
        if (!token.hyphenated()) {
            return Optional.empty();
        }
        String[] parts = Token.HYPHENS.split(token.lower());
        boolean in = parts.length == 3 && "in".equals(parts[1]);
        boolean outOf = parts.length == 4 && "out".equals(parts[1]) && "of".equals(parts[2]);
        if (!in && !outOf) {
            return Optional.empty();
        }
        Optional<BigDecimal> top = number(parts[0], grammar);
        Optional<BigDecimal> bottom = number(parts[parts.length - 1], grammar);
        if (top.isEmpty() || bottom.isEmpty() || top.get().compareTo(bottom.get()) >= 0 || top.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(amount(token, index, top.get().divide(bottom.get(), MathContext.DECIMAL64)));
    }

    /** "16-mal", "16mal", "3-fach": German multiples written with digits. */
    private static Optional<Amount> multipleOfDigits(List<Token> tokens, int index, NumberGrammar grammar) {
        if (!"de".equals(grammar.language()) || index + 1 >= tokens.size()
                || !tokens.get(index).touches(tokens.get(index + 1))) {
            return Optional.empty();
        }
        int last = index + 1;
        String ending = tokens.get(last).lower();
        if (tokens.get(last).isSymbol("-") && last + 1 < tokens.size() && tokens.get(last).touches(tokens.get(last + 1))) {
            last++;
            ending = "-" + tokens.get(last).lower();
        }
        if (!MULTIPLE_ENDINGS.contains(ending)) {
            return Optional.empty();
        }
        Token number = tokens.get(index);
        int end = last + 1;
        return grammar.digits(number.text()).map(value -> new Amount(index, end, new NumberPhrase(index, end,
                number.start(), tokens.get(end - 1).end(), value, false, false, BigDecimal.ONE), value, Optional.empty()));
    }

    /**
     * "dreimal", "zweifach", "doppelt", "twice", "double"; "einmal" and "once" are as often "once upon a time"
     * and are left out.
     */
    private static Optional<Amount> spelledMultiple(Token token, int index, NumberGrammar grammar) {
        String word = token.lower();
        Integer multiple = ("de".equals(grammar.language()) ? GERMAN_MULTIPLES : ENGLISH_MULTIPLES).get(word);
        if (multiple != null) {
            return Optional.of(amount(token, index, BigDecimal.valueOf(multiple)));
        }
        for (String ending : List.of("mal", "fach")) {
            if (word.endsWith(ending) && word.length() > ending.length() && "de".equals(grammar.language())) {
                return grammar.spelled(word.substring(0, word.length() - ending.length()))
                        .filter(value -> value.compareTo(BigDecimal.ONE) > 0).map(value -> amount(token, index, value));
            }
        }
        return Optional.empty();
    }

    /** "a year and a half", "an hour and a half": one and a half of the unit. */
    private static Optional<Amount> unitAndAHalf(List<Token> tokens, int index, NumberGrammar grammar) {
        if (index + 4 >= tokens.size() || !"and".equals(tokens.get(index + 2).lower())
                || !grammar.article(tokens.get(index).lower())) {
            return Optional.empty();
        }
        Optional<UnitLexicon.Match> unit = UnitLexicon.instance().after(tokens, index + 1)
                .filter(match -> match.next() == index + 2);
        boolean andAHalf = "and".equals(tokens.get(index + 2).lower()) && grammar.article(tokens.get(index + 3).lower())
                && "half".equals(tokens.get(index + 4).lower());
        if (unit.isEmpty() || !andAHalf) {
            return Optional.empty();
        }
        Token first = tokens.get(index);
        int end = index + 5;
        return Optional.of(new Amount(index, end, new NumberPhrase(index, end, first.start(), tokens.get(end - 1).end(),
                ONE_AND_A_HALF, false, true, BigDecimal.ONE), ONE_AND_A_HALF, Optional.of(unit.get().unit())));
    }

    private static Optional<BigDecimal> number(String part, NumberGrammar grammar) {
        return part.chars().allMatch(Character::isDigit) && !part.isEmpty() && part.length() <= 4
                ? Optional.of(new BigDecimal(part)) : grammar.spelled(part);
    }

    private static Amount amount(Token token, int index, BigDecimal value) {
        return new Amount(index, index + 1, new NumberPhrase(index, index + 1, token.start(), token.end(), value, false,
                true, BigDecimal.ONE), value, Optional.empty());
    }
}
