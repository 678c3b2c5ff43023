package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Set;

/**
 * When the word for one counts something. English "one" is as often a pronoun or part of an idiom ("one would
 * think", "one of the best", "at one point") and German "ein" as often an article as a number; translators turn
 * "ein Toter" into "one dead" and "One person died" into "Eine Person starb". So in both languages the word is a
 * count only where the sentence makes it one: a stressing word before it ("only one", "genau ein", "mehr als
 * ein", "at least one") or after it ("ein einziges", "one single"), another number it is paired with ("one or two", "ein bis zwei", "zwischen einem und
 * 14", "one in five"), or a percent sign or currency after it ("ein Prozent", "one dollar"). A scale or fraction
 * after it ("eine Million", "one third") makes it a number anyway. Stateless.
 */
final class SpelledOne {

    /**
     * Words that stress a number: "only one", "exactly one", "genau eine". German "nur ein" is as often "only a"
     * ("nur ein Feigenblatt") and is stressed only by "einzig" after it ("nur ein einziges Spiel").
     */
    private static final Set<String> STRESS = Set.of("only", "just", "exactly", "genau");
    private static final Set<String> ONLY = Set.of("nur", "lediglich", "bloß");
    private static final Set<String> SINGLE = Set.of("einzige", "einziger", "einziges", "einzigen", "einzigem",
            "single");
    /** Comparisons that only take numbers ("more than one", "mindestens ein"); "über" and "over" also take places. */
    private static final Set<String> COMPARISONS = Set.of("more than", "fewer than", "less than", "at least",
            "at most", "mehr als", "weniger als", "no more than");
    private static final Set<String> SINGLE_COMPARISONS = Set.of("mindestens", "höchstens", "maximal", "minimal",
            "wenigstens");
    /** Words between the one and its partner: "one or two", "ein bis zwei", "zwischen einem und zwei". */
    private static final Set<String> PAIRING = Set.of("or", "to", "oder", "bis");
    private static final Set<String> AND = Set.of("und", "and");

    /** "ein paar", "ein bisschen", "a few": an article that starts a vague amount, not the number one. */
    private static final Set<String> VAGUE = Set.of("paar", "bisschen", "wenig", "few", "little", "couple");

    private SpelledOne() {
    }

    /** @return whether the word at {@code index}, after an article, makes the article part of a vague amount */
    static boolean vague(List<Token> tokens, int index) {
        return index < tokens.size() && VAGUE.contains(tokens.get(index).lower());
    }

    /** @return whether the word is a form of one: "one", "eins", or a German article form ("ein", "einem") */
    static boolean form(String lowerWord, NumberGrammar grammar) {
        return "de".equals(grammar.language()) ? "eins".equals(lowerWord) || grammar.article(lowerWord)
                : "one".equals(lowerWord);
    }

    /**
     * @param index the token of the word for one
     * @param afterUnit the index after it, where a unit may follow
     * @return whether the sentence makes the word a count
     */
    static boolean counts(List<Token> tokens, int index, int afterUnit, NumberGrammar grammar) {
        return stressed(tokens, index) || paired(tokens, index, grammar) || signedAfter(tokens, afterUnit)
                || onlyBeforeUnit(tokens, index, afterUnit)
                || index + 1 < tokens.size() && SINGLE.contains(tokens.get(index + 1).lower());
    }

    /**
     * "an nur einem Tag", "nur ein Prozent", "lediglich einen Meter": German "nur ein" before a unit of measure or
     * time is the number, as "only one day" is in English; before another noun it stays "only a" ("nur ein
     * Feigenblatt").
     */
    private static boolean onlyBeforeUnit(List<Token> tokens, int index, int afterUnit) {
        return index > 0 && ONLY.contains(tokens.get(index - 1).lower()) && afterUnit < tokens.size()
                && UnitLexicon.instance().after(tokens, afterUnit).isPresent();
    }

    private static boolean stressed(List<Token> tokens, int index) {
        if (index == 0) {
            return false;
        }
        String before = tokens.get(index - 1).lower();
        if (STRESS.contains(before) || SINGLE_COMPARISONS.contains(before)) {
            return true;
        }
        return index >= 2 && COMPARISONS.contains(tokens.get(index - 2).lower() + " " + before)
                || index >= 3 && COMPARISONS.contains(tokens.get(index - 3).lower() + " "
                + tokens.get(index - 2).lower() + " " + before);
    }

    private static boolean paired(List<Token> tokens, int index, NumberGrammar grammar) {
        if (index + 2 >= tokens.size()) {
            return false;
        }
        String word = tokens.get(index + 1).lower();
        boolean between = index > 0 && Set.of("zwischen", "between").contains(tokens.get(index - 1).lower())
                && AND.contains(word);
        return (PAIRING.contains(word) || between) && number(tokens.get(index + 2), grammar);
    }

    /** "ein Prozent", "one percent", "einen Euro", "one dollar". */
    private static boolean signedAfter(List<Token> tokens, int index) {
        return index < tokens.size() && UnitLexicon.instance().after(tokens, index)
                .filter(match -> match.unit().kind() == FigureKind.PERCENT || match.unit().kind() == FigureKind.MONEY)
                .isPresent();
    }

    private static boolean number(Token token, NumberGrammar grammar) {
        return token.is(Token.Type.NUMBER)
                || token.is(Token.Type.WORD) && grammar.spelled(token.lower()).isPresent();
    }
}
