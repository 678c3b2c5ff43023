package io.newsdigest.nlp.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads how old someone or something is, the same way in both languages: "der 23-Jährige", "eine 44jährige
 * Fahrerin", "dreijährige", "26 Jahre alt", "im Alter von 67 Jahren", "a 23-year-old", "the 23 year old", "a
 * three-month-old", "26 years old", "aged 67", "at the age of 67", and the news convention of an age right after a
 * name: "ein Münchner (17)", "Khadiga (4 Jahre)", "Smith, 45, said". The German adjectives of other units of time
 * ("zweiwöchige Quarantäne", "dreitägig") are durations. Stateless.
 */
final class Ages {

    /** German adjective stems of units of time: "-jährig" is an age, the others are lengths of time. */
    private static final Map<String, String> GERMAN_STEMS = Map.of("jährig", "year", "monatig", "month",
            "wöchig", "week", "tägig", "day", "stündig", "h", "minütig", "min");
    /** English nouns of an age: "23-year-old", "three-month-old". */
    private static final Map<String, String> ENGLISH_UNITS = Map.ofEntries(Map.entry("year", "year"),
            Map.entry("years", "year"), Map.entry("month", "month"), Map.entry("months", "month"),
            Map.entry("week", "week"), Map.entry("weeks", "week"), Map.entry("day", "day"), Map.entry("days", "day"));
    private static final Map<String, String> GERMAN_UNITS = Map.of("jahre", "year", "jahren", "year",
            "monate", "month", "monaten", "month", "wochen", "week", "tage", "day", "tagen", "day");
    private static final Set<String> OLD = Set.of("alt", "alte", "alter", "alten", "altes", "altem", "old",
            "old's", "old’s", "olds");
    /** Words right before an age: "aged 67", "at the age of 67", "im Alter von 67", "im Alter zwischen 18 und 60". */
    private static final Set<String> AGE_WORDS = Set.of("aged", "age of", "alter von", "alter zwischen",
            "aged between", "age between", "ages between", "ages of");
    private static final Set<String> AGE_SPANS = Set.of("-", "–", "to", "and", "bis", "und");
    /**
     * Nouns of a length of time: after them "-jährig" is a duration ("fünfjährige Haftstrafe", "50-jährige
     * Laufbahn"), before anything else an age ("der 44jährige Fahrer", "der zehnjährige Hengst").
     */
    private static final List<String> PERIOD_NOUNS = List.of("zeit", "strafe", "haft", "bahn", "karriere",
            "dauer", "frist", "pause", "geschichte", "tradition", "bestehen", "jubiläum", "vertrag", "programm",
            "projekt", "plan", "studie", "phase", "periode", "krieg", "ausbildung", "studium", "erfahrung");
    private static final int OLDEST = 130;
    private static final Set<String> DECADE_ENDINGS = Set.of("s", "'s", "er", "ern", "ers");
    private static final Set<String> LIFE_CONTEXT = Set.of("his", "her", "their", "early", "mid", "late", "den",
            "seinen", "ihren");
    private static final Set<String> LIFE_PARTS_DE = Set.of("anfang", "mitte", "ende");

    private Ages() {
    }

    /**
     * @return whether a German word holds an adjective stem of time after its first letter ("dreijährige"), where
     *     {@link #at} reads a spelled compound; English compounds ("three-year-old") have a hyphen
     */
    static boolean germanCompound(String lowerWord) {
        for (String stem : GERMAN_STEMS.keySet()) {
            if (lowerWord.indexOf(stem, 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the age (or German duration adjective) that starts at token {@code index} */
    static Optional<Reading> at(List<Token> tokens, int index, NumberGrammar grammar) {
        Token token = tokens.get(index);
        if (token.is(Token.Type.WORD)) {
            return spelledCompound(tokens, index, grammar).or(() -> spelledAfterName(tokens, index, grammar))
                    .or(() -> decadeOfLife(tokens, index, grammar));
        }
        if (!token.is(Token.Type.NUMBER) || !whole(token.text())) {
            return Optional.empty();
        }
        Optional<Reading> decade = decadeOfLife(tokens, index, grammar);
        if (decade.isPresent()) {
            return decade;
        }
        double value = Double.parseDouble(token.text());
        if (value > OLDEST) {
            return Optional.empty();
        }
        return germanAdjective(tokens, index, value).or(() -> unitThenOld(tokens, index, value))
                .or(() -> afterAgeWords(tokens, index, value)).or(() -> afterName(tokens, index, value));
    }

    /** "44jährige", "23-Jährige", "14-tägig": a number glued or hyphened to a German adjective of time. */
    private static Optional<Reading> germanAdjective(List<Token> tokens, int index, double value) {
        boolean hyphen = index + 1 < tokens.size() && tokens.get(index + 1).isSymbol("-‐‑")
                && tokens.get(index).touches(tokens.get(index + 1));
        int at = hyphen ? index + 2 : index + 1;
        if (at >= tokens.size() || !tokens.get(at - 1).touches(tokens.get(at)) || !tokens.get(at).is(Token.Type.WORD)) {
            return Optional.empty();
        }
        boolean period = at + 1 < tokens.size() && periodNoun(tokens.get(at + 1));
        return stem(tokens.get(at).lower()).map(unit -> period
                ? Reading.measured(index, at + 1, FigureType.DURATION, value, unit) : adjective(index, at + 1, value, unit));
    }

    private static boolean periodNoun(Token token) {
        String lower = token.lower();
        return token.capitalized() && PERIOD_NOUNS.stream().anyMatch(lower::endsWith);
    }

    /** "23 year old", "23-year-old", "26 Jahre alt", "3 months old": a unit of time and "old". */
    private static Optional<Reading> unitThenOld(List<Token> tokens, int index, double value) {
        int at = index + 1;
        if (at < tokens.size() && tokens.get(at).isSymbol("-‐‑")) {
            at++;
        }
        if (at >= tokens.size() || !tokens.get(at).is(Token.Type.WORD)) {
            return Optional.empty();
        }
        String word = tokens.get(at).lower();
        // "year-old", "year-olds", "years-old": one token.
        String[] parts = Token.HYPHENS.split(word, 2);
        String unit = ENGLISH_UNITS.get(parts[0]);
        if (unit != null && parts.length == 2 && parts[1].startsWith("old")) {
            return Optional.of(reading(index, at + 1, value, unit));
        }
        String spaced = ENGLISH_UNITS.getOrDefault(word, GERMAN_UNITS.get(word));
        int old = at + 1;
        if (old < tokens.size() && tokens.get(old).isSymbol("-‐‑")) {
            old++;
        }
        if (spaced == null || old >= tokens.size() || !OLD.contains(tokens.get(old).lower())) {
            return Optional.empty();
        }
        return Optional.of(reading(index, old + 1, value, spaced));
    }

    /** "aged 67", "at the age of 67", "im Alter von 67 Jahren". */
    private static Optional<Reading> afterAgeWords(List<Token> tokens, int index, double value) {
        if (index == 0) {
            return Optional.empty();
        }
        String before = tokens.get(index - 1).lower();
        String twoBefore = index >= 2 ? tokens.get(index - 2).lower() + " " + before : "";
        boolean aged = AGE_WORDS.contains(before) || AGE_WORDS.contains(twoBefore);
        if (!aged) {
            return Optional.empty();
        }
        // "aged 18 - 60", "im Alter zwischen 18 und 60 Jahren", "aged one to 14".
        int last = index + 1;
        OptionalDouble to = OptionalDouble.empty();
        if (last + 1 < tokens.size() && AGE_SPANS.contains(tokens.get(last).lower())
                && tokens.get(last + 1).is(Token.Type.NUMBER) && whole(tokens.get(last + 1).text())) {
            double end = Double.parseDouble(tokens.get(last + 1).text());
            if (end > value && end <= OLDEST) {
                to = OptionalDouble.of(end);
                last += 2;
            }
        }
        String unit = "year";
        if (last < tokens.size() && (GERMAN_UNITS.containsKey(tokens.get(last).lower())
                || ENGLISH_UNITS.containsKey(tokens.get(last).lower()))) {
            unit = ENGLISH_UNITS.getOrDefault(tokens.get(last).lower(), GERMAN_UNITS.get(tokens.get(last).lower()));
            last++;
        }
        if (last < tokens.size() && OLD.contains(tokens.get(last).lower())) {
            last++;
        }
        int first = "zwischen".equals(before) || "between".equals(before) ? index - 1 : index;
        return Optional.of(new Reading(first, last, FigureType.AGE, value, to, Optional.of(unit), Optional.empty()));
    }

    /**
     * "ein Münchner (17)", "Khadiga (4 Jahre)", "Smith, 45, said": a whole number right after a capitalized word,
     * in parentheses (alone or with "Jahre"/"years") or between commas.
     */
    private static Optional<Reading> afterName(List<Token> tokens, int index, double value) {
        if (index < 2 || !person(tokens.get(index - 2)) || index + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token open = tokens.get(index - 1);
        Token close = tokens.get(index + 1);
        if (open.isSymbol("(")) {
            if (close.isSymbol(")")) {
                return Optional.of(reading(index, index + 1, value, "year"));
            }
            boolean years = Set.of("jahre", "years", "j").contains(close.lower());
            int after = "j".equals(close.lower()) && index + 2 < tokens.size() && tokens.get(index + 2).isSymbol(".")
                    ? index + 3 : index + 2;
            return years && after < tokens.size() && tokens.get(after).isSymbol(")")
                    ? Optional.of(reading(index, index + 2, value, "year")) : Optional.empty();
        }
        boolean commas = open.isSymbol(",") && close.isSymbol(",");
        return commas && value >= 1 ? Optional.of(reading(index, index + 1, value, "year")) : Optional.empty();
    }

    /**
     * "in his early 20s", "in den Zwanzigern"... is read here only where the words around it say it is a person's
     * time of life: "in his/her/their 20s", "early/mid/late 20s", "Anfang/Mitte/Ende 20" or "zwanzig", "in den
     * 20ern". The span is the decade (20 to 29 years).
     */
    private static Optional<Reading> decadeOfLife(List<Token> tokens, int index, NumberGrammar grammar) {
        Token token = tokens.get(index);
        String before = index > 0 ? tokens.get(index - 1).lower() : "";
        Optional<Integer> tens = token.is(Token.Type.NUMBER) && token.text().length() == 2 && whole(token.text())
                ? Optional.of(Integer.parseInt(token.text()))
                : grammar.spelled(token.lower()).map(v -> v.intValue()).filter(v -> v >= 10);
        if (tens.isEmpty() || tens.get() % 10 != 0) {
            return Optional.empty();
        }
        boolean glued = index + 1 < tokens.size() && token.touches(tokens.get(index + 1))
                && DECADE_ENDINGS.contains(tokens.get(index + 1).lower());
        boolean germanPart = LIFE_PARTS_DE.contains(before);
        boolean ofLife = glued && LIFE_CONTEXT.contains(before);
        if (!germanPart && !ofLife) {
            return Optional.empty();
        }
        int last = glued ? index + 2 : index + 1;
        int first = germanPart ? index - 1 : index;
        return Optional.of(new Reading(first, last, FigureType.AGE, tens.get(), OptionalDouble.of(tens.get() + 9),
                Optional.of("year"), Optional.empty()));
    }

    /** "Münchner", "Smith": a capitalized word that is no acronym ("DOJ (88)" counts cases). */
    private static boolean person(Token token) {
        return token.capitalized() && token.text().length() > 1
                && token.text().substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /** "Khadiga, four, Mena, eight": a spelled age between commas after a name. */
    private static Optional<Reading> spelledAfterName(List<Token> tokens, int index, NumberGrammar grammar) {
        if (index < 2 || index + 1 >= tokens.size() || !tokens.get(index - 1).isSymbol(",")
                || !tokens.get(index + 1).isSymbol(",") || !person(tokens.get(index - 2))) {
            return Optional.empty();
        }
        return grammar.spelled(tokens.get(index).lower()).filter(v -> v.signum() > 0)
                .map(v -> reading(index, index + 1, v.doubleValue(), "year"));
    }

    /** "dreijährige", "Zweihundertjährige", "zweiwöchige", "three-year-old", "twenty-five-year-old". */
    private static Optional<Reading> spelledCompound(List<Token> tokens, int index, NumberGrammar grammar) {
        String word = tokens.get(index).lower();
        boolean period = index + 1 < tokens.size() && periodNoun(tokens.get(index + 1));
        if ("de".equals(grammar.language())) {
            for (Map.Entry<String, String> stem : GERMAN_STEMS.entrySet()) {
                int at = word.indexOf(stem.getKey());
                if (at > 0) {
                    String number = word.substring(0, at).replaceAll("[-‐‑]$", "");
                    return grammar.compoundNumber(number).map(v -> period
                            ? Reading.measured(index, index + 1, FigureType.DURATION, v.doubleValue(), stem.getValue())
                            : adjective(index, index + 1, v.doubleValue(), stem.getValue()));
                }
            }
            return Optional.empty();
        }
        for (Map.Entry<String, String> unit : ENGLISH_UNITS.entrySet()) {
            String suffix = "-" + unit.getKey() + "-old";
            int at = word.indexOf(suffix);
            if (at > 0) {
                return grammar.compoundNumber(word.substring(0, at))
                        .map(v -> reading(index, index + 1, v.doubleValue(), unit.getValue()));
            }
        }
        return Optional.empty();
    }

    /** @return the unit of a German adjective of time ("jährige" → year), or empty */
    private static Optional<String> stem(String lowerWord) {
        for (Map.Entry<String, String> stem : GERMAN_STEMS.entrySet()) {
            if (lowerWord.startsWith(stem.getKey())) {
                return Optional.of(stem.getValue());
            }
        }
        return Optional.empty();
    }

    private static Reading reading(int first, int last, double value, String unit) {
        return Reading.measured(first, last, FigureType.AGE, value, unit);
    }

    /**
     * "jährig" is an age; "wöchig", "tägig" and the others are lengths of time, and so is a "jährig" no one lives to
     * ("das Zweihundertjährige" is an anniversary, like "the bicentennial").
     */
    private static Reading adjective(int first, int last, double value, String unit) {
        boolean age = "year".equals(unit) && value <= OLDEST;
        return Reading.measured(first, last, age ? FigureType.AGE : FigureType.DURATION, value, unit);
    }

    private static boolean whole(String text) {
        return !text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit);
    }
}
