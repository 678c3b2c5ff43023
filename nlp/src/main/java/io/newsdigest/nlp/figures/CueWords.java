package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around a figure that qualify it ("mehr als", "about", "bis zu") or mark its sentence as an estimate
 * or forecast ("geschätzt", "expected"). Both languages' cues are always active: quotations cross languages.
 * Thread-safe and immutable.
 */
final class CueWords {

    /** Longest cues first, so that "knapp über" is not read as "über". */
    private static final List<Map.Entry<String, Qualifier>> QUALIFIERS = List.of(
            Map.entry("greater than or equal to", Qualifier.AT_LEAST),
            Map.entry("bigger or equal than", Qualifier.AT_LEAST), Map.entry("higher or equal than", Qualifier.AT_LEAST),
            Map.entry("greater or equal than", Qualifier.AT_LEAST), Map.entry("at least or equal to", Qualifier.AT_LEAST),
            Map.entry("smaller or equal than", Qualifier.UP_TO), Map.entry("lower or equal than", Qualifier.UP_TO),
            Map.entry("less or equal than", Qualifier.UP_TO), Map.entry(">=", Qualifier.AT_LEAST),
            Map.entry("> =", Qualifier.AT_LEAST), Map.entry("≥", Qualifier.AT_LEAST), Map.entry("<=", Qualifier.UP_TO),
            Map.entry("< =", Qualifier.UP_TO), Map.entry("≤", Qualifier.UP_TO), Map.entry(">", Qualifier.MORE_THAN),
            Map.entry("<", Qualifier.LESS_THAN),
            Map.entry("less than or equal to", Qualifier.UP_TO), Map.entry("greater than", Qualifier.MORE_THAN),
            Map.entry("bigger than", Qualifier.MORE_THAN), Map.entry("larger than", Qualifier.MORE_THAN),
            Map.entry("higher than", Qualifier.MORE_THAN), Map.entry("höher als", Qualifier.MORE_THAN),
            Map.entry("größer als", Qualifier.MORE_THAN), Map.entry("smaller than", Qualifier.LESS_THAN),
            Map.entry("lower than", Qualifier.LESS_THAN), Map.entry("kleiner als", Qualifier.LESS_THAN),
            Map.entry("niedriger als", Qualifier.LESS_THAN), Map.entry("exceeding", Qualifier.MORE_THAN),
            Map.entry("exceeds", Qualifier.MORE_THAN), Map.entry("exceed", Qualifier.MORE_THAN),
            Map.entry("no fewer than", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST),
            Map.entry("in excess of", Qualifier.MORE_THAN), Map.entry("as many as", Qualifier.UP_TO),
            Map.entry("as much as", Qualifier.UP_TO), Map.entry("an estimated", Qualifier.ABOUT),
            Map.entry("mehr als", Qualifier.MORE_THAN), Map.entry("more than", Qualifier.MORE_THAN),
            Map.entry("upwards of", Qualifier.MORE_THAN), Map.entry("weniger als", Qualifier.LESS_THAN),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("fewer than", Qualifier.LESS_THAN),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("bis zu", Qualifier.UP_TO),
            Map.entry("up to", Qualifier.UP_TO), Map.entry("at most", Qualifier.UP_TO),
            Map.entry("close to", Qualifier.ABOUT), Map.entry("mindestens", Qualifier.AT_LEAST),
            Map.entry("wenigstens", Qualifier.AT_LEAST), Map.entry("höchstens", Qualifier.UP_TO),
            Map.entry("maximal", Qualifier.UP_TO), Map.entry("über", Qualifier.MORE_THAN),
            Map.entry("over", Qualifier.MORE_THAN), Map.entry("above", Qualifier.MORE_THAN),
            Map.entry("unter", Qualifier.LESS_THAN), Map.entry("under", Qualifier.LESS_THAN),
            Map.entry("below", Qualifier.LESS_THAN), Map.entry("etwa", Qualifier.ABOUT),
            Map.entry("rund", Qualifier.ABOUT), Map.entry("ca.", Qualifier.ABOUT), Map.entry("circa", Qualifier.ABOUT),
            Map.entry("zirka", Qualifier.ABOUT), Map.entry("knapp", Qualifier.ABOUT), Map.entry("gut", Qualifier.ABOUT),
            Map.entry("fast", Qualifier.ABOUT), Map.entry("nahezu", Qualifier.ABOUT),
            Map.entry("annähernd", Qualifier.ABOUT), Map.entry("ungefähr", Qualifier.ABOUT),
            Map.entry("beinahe", Qualifier.ABOUT), Map.entry("schätzungsweise", Qualifier.ABOUT),
            Map.entry("about", Qualifier.ABOUT), Map.entry("around", Qualifier.ABOUT),
            Map.entry("approximately", Qualifier.ABOUT), Map.entry("approx.", Qualifier.ABOUT),
            Map.entry("nearly", Qualifier.ABOUT), Map.entry("almost", Qualifier.ABOUT),
            Map.entry("roughly", Qualifier.ABOUT), Map.entry("some", Qualifier.ABOUT));

    /** Stems that attribute figures to an estimate, expectation or forecast, anywhere in a lower-case sentence. */
    private static final List<String> ESTIMATE_STEMS = List.of("schätz", "prognos", "voraussichtlich", "erwartet",
            "hochrechnung", "rechnet mit", "rechnen mit", "estimat", "expect", "projected", "projection", "forecast",
            "predict", "anticipat");

    /** Tokens looked at before a figure: enough for "less than or equal to". */
    private static final int CUE_WINDOW = 6;

    private CueWords() {
    }

    /** @return how the words right before token {@code index} qualify the figure starting there */
    static Qualifier qualifier(List<Token> tokens, int index) {
        StringBuilder before = new StringBuilder();
        for (int i = Math.max(0, index - CUE_WINDOW); i < index; i++) {
            boolean glued = i > 0 && tokens.get(i - 1).touches(tokens.get(i));
            before.append(glued ? "" : " ").append(tokens.get(i).text());
        }
        String words = before.toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Qualifier> cue : QUALIFIERS) {
            boolean symbol = !Character.isLetter(cue.getKey().charAt(0));
            if (words.endsWith(" " + cue.getKey()) || symbol && words.endsWith(cue.getKey())) {
                return cue.getValue();
            }
        }
        return Qualifier.EXACT;
    }

    /** @return how the words right after a figure ending before token {@code index} qualify it ("or more") */
    static Qualifier trailing(List<Token> tokens, int index) {
        if (index + 1 >= tokens.size()) {
            return Qualifier.EXACT;
        }
        boolean comparison = index + 2 < tokens.size() && Set.of("than", "als").contains(tokens.get(index + 2).lower());
        if (comparison) {
            // "5000 or less than 6000" compares with the next number; it does not qualify this one.
            return Qualifier.EXACT;
        }
        String words = tokens.get(index).lower() + " " + tokens.get(index + 1).lower();
        return switch (words) {
            case "or more", "or greater", "and more", "and above", "or above", "oder mehr", "und mehr" ->
                    Qualifier.AT_LEAST;
            case "or less", "or fewer", "or below", "oder weniger" -> Qualifier.UP_TO;
            default -> Qualifier.EXACT;
        };
    }

    /** @return whether the sentence attributes its figures to an estimate, expectation or forecast */
    static boolean estimated(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String stem : ESTIMATE_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
