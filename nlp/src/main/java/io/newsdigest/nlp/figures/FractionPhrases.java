package io.newsdigest.nlp.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fractions written with a slash and halves of a group, both only where the words around them say that a share
 * is meant: "3/4 der Mitglieder", "1/2 Liter", "die Hälfte der Befragten", "half of the staff". Elsewhere a slash
 * pair is a grade, a version or a date ("Klassen 5/6", "Windows 7/8", "on 9/10") and "half" part of a period
 * ("die Hälfte des Jahres", "the first half", "half the price"). Stateless.
 */
final class FractionPhrases {

    /** Words that open the group a share is taken of, German genitive possessives among them ("ihrer Gewinne"). */
    private static final Set<String> GROUP_WORDS = Set.of("of", "der", "des", "aller", "ihrer", "ihres", "seiner",
            "seines", "unserer", "unseres", "eurer", "deren", "dessen", "dieser", "dieses");
    /** Words before "half" that make it a part of something else: "the first half", "one and a half". */
    private static final Set<String> NOT_BEFORE_HALF = Set.of("first", "second", "last", "latter", "other", "the",
            "this", "that", "each", "every", "a", "an", "one", "and", "top", "bottom", "back", "front");
    /** Periods and stretches: half of them is a length of time or way, not a share of a group. */
    private static final Set<String> PERIODS = Set.of("time", "year", "day", "month", "week", "decade", "century",
            "way", "season", "game", "match", "term", "jahr", "jahres", "zeit", "tag", "tages", "monat", "monats",
            "woche", "jahrzehnts", "jahrhunderts", "strecke", "saison", "spielzeit", "amtszeit", "weges", "spiels");

    private FractionPhrases() {
    }

    /**
     * @return the value of "3/4" at {@code index}: a proper fraction with a denominator up to ten, nothing glued
     *     after it, followed by a group ("of", "der", "des", "aller") or a unit; "24/7", "9/11", "1/40" never
     */
    static Optional<BigDecimal> slashFraction(List<Token> tokens, int index) {
        if (index + 3 >= tokens.size()) {
            return Optional.empty();
        }
        Token numerator = tokens.get(index);
        Token slash = tokens.get(index + 1);
        Token denominator = tokens.get(index + 2);
        Token after = tokens.get(index + 3);
        boolean shaped = slash.isSymbol("/") && numerator.touches(slash) && slash.touches(denominator)
                && digits(numerator) && digits(denominator) && !denominator.touches(after)
                && (index == 0 || !tokens.get(index - 1).touches(numerator));
        boolean share = shaped && (GROUP_WORDS.contains(after.lower())
                || UnitLexicon.instance().after(tokens, index + 3).isPresent());
        if (!share) {
            return Optional.empty();
        }
        int top = Integer.parseInt(numerator.text());
        int bottom = Integer.parseInt(denominator.text());
        return NumberGrammar.properFraction(top, bottom)
                ? Optional.of(BigDecimal.valueOf(top).divide(BigDecimal.valueOf(bottom), MathContext.DECIMAL64))
                : Optional.empty();
    }

    /**
     * @param index a whole number written in digits
     * @return the fraction of "3 1/2" after the whole number (of up to three digits) at {@code index}: a proper
     *     fraction with a denominator up to ten, set apart from the whole number by a space and with nothing glued
     *     after it ("1 1/2/2020" is no mixed number)
     */
    static Optional<BigDecimal> mixedFraction(List<Token> tokens, int index) {
        if (index + 3 >= tokens.size()) {
            return Optional.empty();
        }
        Token whole = tokens.get(index);
        Token numerator = tokens.get(index + 1);
        Token slash = tokens.get(index + 2);
        Token denominator = tokens.get(index + 3);
        // A whole part of four digits or more is a year or an amount in its own right: "2024 3/4 der Stimmen".
        boolean shaped = whole.text().length() <= 3 && !whole.touches(numerator) && slash.isSymbol("/") && numerator.touches(slash)
                && slash.touches(denominator) && digits(numerator) && digits(denominator)
                && (index + 4 >= tokens.size() || !denominator.touches(tokens.get(index + 4))
                || tokens.get(index + 4).isSymbol(".,;:)"));
        if (!shaped) {
            return Optional.empty();
        }
        int top = Integer.parseInt(numerator.text());
        int bottom = Integer.parseInt(denominator.text());
        return NumberGrammar.properFraction(top, bottom)
                ? Optional.of(BigDecimal.valueOf(top).divide(BigDecimal.valueOf(bottom), MathContext.DECIMAL64))
                : Optional.empty();
    }

    /**
     * "die Hälfte der Befragten", "half of the members": the index after the half (its group follows), else
     * {@code index}.
     */
    static int halfOfAGroup(List<Token> tokens, int index, boolean german) {
        int group = german ? index + 2 : index + 1;
        if (!german && halfTheMembers(tokens, index)) {
            return group;
        }
        if (group + 1 >= tokens.size() || !GROUP_WORDS.contains(tokens.get(group).lower())) {
            return index;
        }
        boolean half = german
                ? "die".equals(tokens.get(index).lower()) && "hälfte".equals(tokens.get(index + 1).lower())
                && !"of".equals(tokens.get(group).lower())
                : "half".equals(tokens.get(index).lower()) && "of".equals(tokens.get(group).lower())
                && (index == 0 || !NOT_BEFORE_HALF.contains(tokens.get(index - 1).lower()));
        int noun = group + 1;
        if (noun < tokens.size() && Set.of("the", "all").contains(tokens.get(noun).lower())) {
            noun++;
        }
        boolean period = noun < tokens.size() && PERIODS.contains(tokens.get(noun).lower());
        return half && !period ? group : index;
    }

    /**
     * "more than half the soldiers": "half the" before a plural noun is half of a group, as "die Hälfte der
     * Soldaten" is; "half the price" and "half the time" are not.
     */
    private static boolean halfTheMembers(List<Token> tokens, int index) {
        if (index + 2 >= tokens.size() || !"half".equals(tokens.get(index).lower())
                || !"the".equals(tokens.get(index + 1).lower())
                || index > 0 && NOT_BEFORE_HALF.contains(tokens.get(index - 1).lower())) {
            return false;
        }
        String noun = tokens.get(index + 2).lower();
        return tokens.get(index + 2).is(Token.Type.WORD) && LabelReader.plural(noun) && !PERIODS.contains(noun)
                && !PERIODS.contains(noun.substring(0, noun.length() - 1));
    }

    private static boolean digits(Token token) {
        return token.is(Token.Type.NUMBER) && token.text().length() <= 2
                && token.text().chars().allMatch(Character::isDigit);
    }
}
