package io.newsdigest.nlp.figures;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers that name or rank rather than count, in one set of rules for both languages: ordinals ("der 4. Platz",
 * "(84.)", "4th", "vierte", "fourth"), ranks ("Platz 3", "No. 1"), and codes: a number glued to letters ("H100",
 * "221B", "5G", "Covid-19"), a number after a noun that names by number ("Linie 7", "page 12", "gate 3") or right
 * after a capitalized name when it counts nothing ("Königstraße 12", "Landesstraße 1230", "Boeing 737 and ...",
 * "FTSE 100 fell"). Thread-safe and immutable.
 */
final class NamesAndRanks {

    private static final Set<String> NAMING_NOUNS = Set.of(
            "linie", "nr", "nummer", "gleis", "bahnsteig", "kapitel", "artikel", "paragraf", "paragraph", "seite",
            "folge", "staffel", "spieltag", "terminal", "halle", "zimmer", "raum", "ausgang", "stufe", "version",
            "line", "no", "number", "route", "platform", "gate", "chapter", "article", "section", "page", "episode",
            "season", "room", "hall", "exit", "level", "flight", "highway", "interstate", "row", "seat", "stage",
            "kategorie", "category", "klasse", "class", "phase", "runde", "round", "zone", "road", "motorway",
            "autobahn", "freeway", "bus", "tram", "straßenbahn");
    /** Words before the number of a knock-out stage: "the last 16", "der letzten 32". */
    private static final Set<String> STAGE_WORDS = Set.of("last", "letzten");
    /** Nouns after which a number is a position in an order: "Platz 3", "rank 4". */
    private static final Set<String> RANK_NOUNS = Set.of("platz", "rang", "place", "rank", "position");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    /** German articles and contracted prepositions before an ordinal at a sentence's end: "zum 130.", "am 3.". */
    private static final Set<String> BEFORE_ORDINAL = Set.of("der", "die", "das", "den", "dem", "des", "am", "im",
            "zum", "vom", "beim");
    /** Sentences whose longer words are mostly capitalized are English title-case headlines, not names. */
    private static final double TITLE_CASE = 0.6;

    private final boolean german;
    private final Map<String, Integer> spelledOrdinals;

    NamesAndRanks(String language) {
        this.german = "de".equals(language);
        this.spelledOrdinals = spelledOrdinals(german ? ULocale.GERMAN : ULocale.ENGLISH);
    }

    /** The ordinal words of 1 to 100 in every inflection ICU spells them in ("erste", "ersten", "first"). */
    private static Map<String, Integer> spelledOrdinals(ULocale locale) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> words = new HashMap<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (!ruleSet.startsWith("%spellout-ordinal") || ruleSet.endsWith("-verbose")) {
                continue;
            }
            for (int n = 1; n <= 100; n++) {
                words.putIfAbsent(format.format(n, ruleSet).replace("\u00AD", "").toLowerCase(Locale.ROOT), n);
            }
        }
        return Map.copyOf(words);
    }

    /** @return the ordinal words, lower case ("erste", "fourth"), at which {@link #at} reads a word */
    Set<String> ordinalWords() {
        return spelledOrdinals.keySet();
    }

    /**
     * @return the ordinal, rank or code that a number or word at {@code index} is, when it is no amount (called
     *     after the amount reader declined it)
     */
    Optional<Reading> at(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (token.is(Token.Type.WORD)) {
            Integer ordinal = spelledOrdinals.get(token.lower());
            if (ordinal != null) {
                return Optional.of(Reading.of(index, index + 1, FigureType.ORDINAL, ordinal));
            }
            return digitsInWord(token).map(value -> Reading.of(index, index + 1, FigureType.CODE, value));
        }
        if (!token.is(Token.Type.NUMBER) || !plain(token)) {
            return Optional.empty();
        }
        double value = Double.parseDouble(token.text());
        if (ordinal(tokens, index)) {
            return Optional.of(Reading.of(index, index + 2, FigureType.ORDINAL, value));
        }
        if (rank(tokens, index)) {
            return Optional.of(Reading.of(index, index + 1, FigureType.ORDINAL, value));
        }
        if (namesSomething(tokens, index) || glued(tokens, index)) {
            return Optional.of(Reading.of(index, glued(tokens, index) ? index + 2 : index + 1, FigureType.CODE, value));
        }
        return Optional.empty();
    }

    /**
     * "der 4. Platz", "(84.)", "zum 130.", "3rd", "21st": a German number with its full stop inside a sentence
     * or in parentheses, or after an article at its end; an English number with its ordinal suffix.
     */
    boolean ordinal(List<Token> tokens, int index) {
        if (index + 1 >= tokens.size() || !plain(tokens.get(index)) || tokens.get(index).text().length() > 3) {
            return false;
        }
        Token after = tokens.get(index + 1);
        if (!tokens.get(index).touches(after)) {
            return false;
        }
        boolean parenthesized = after.isSymbol(".") && index + 2 < tokens.size() && tokens.get(index + 2).isSymbol(")");
        if (!german) {
            // "(67.)": the German minute of a goal, as English reports copy it.
            return ORDINAL_SUFFIXES.contains(after.lower()) || parenthesized;
        }
        if (!after.isSymbol(".")) {
            return false;
        }
        if (index + 2 == tokens.size()) {
            return index > 0 && BEFORE_ORDINAL.contains(tokens.get(index - 1).lower());
        }
        Token next = tokens.get(index + 2);
        return next.is(Token.Type.WORD) || next.isSymbol(")");
    }

    /** "Platz 3", "Rang 2", "rank 4": a position in an order. */
    static boolean rank(List<Token> tokens, int index) {
        return index > 0 && RANK_NOUNS.contains(tokens.get(index - 1).lower());
    }

    /** "Linie 7", "Artikel 5", "Nr. 3", "gate 12": a number right after a noun that names by number. */
    static boolean namesSomething(List<Token> tokens, int index) {
        if (sumAsName(tokens, index)) {
            return true;
        }
        int before = index - 1;
        if (before >= 1 && tokens.get(before).isSymbol(".") && tokens.get(before - 1).is(Token.Type.WORD)) {
            before--;
        }
        if (before < 0 || !tokens.get(before).is(Token.Type.WORD)) {
            return false;
        }
        String word = tokens.get(before).lower();
        return NAMING_NOUNS.contains(word) || word.endsWith("linie") || tournamentStage(tokens, index);
    }

    /**
     * "die 50+1-Regel", "the 50+1 rule", "a 4+1 system": digits joined by a plus with no space name a rule or a
     * formation; neither part counts anything. A plus at the end ("18+") is "or more" and stays with its number.
     */
    static boolean sumAsName(List<Token> tokens, int index) {
        boolean plusAfter = index + 2 < tokens.size() && tokens.get(index + 1).isSymbol("+")
                && tokens.get(index).touches(tokens.get(index + 1)) && tokens.get(index + 1).touches(tokens.get(index + 2))
                && plain(tokens.get(index + 2));
        boolean plusBefore = index >= 2 && tokens.get(index - 1).isSymbol("+")
                && tokens.get(index - 2).touches(tokens.get(index - 1)) && tokens.get(index - 1).touches(tokens.get(index))
                && plain(tokens.get(index - 2));
        return plain(tokens.get(index)) && (plusAfter || plusBefore);
    }

    /**
     * "the round of 16", "in the last 16 game", "unter den letzten 32": a stage of a knock-out competition, named by
     * how many are left in it (a power of two), as German names it by a word ("Achtelfinale"). A noun that the
     * number counts keeps it a count: "the last 16 years", "die letzten 16 Mannschaften".
     */
    static boolean tournamentStage(List<Token> tokens, int index) {
        if (index < 1 || !plain(tokens.get(index)) || tokens.get(index).text().length() > 3) {
            return false;
        }
        int value = Integer.parseInt(tokens.get(index).text());
        if (value < 4 || Integer.bitCount(value) != 1) {
            return false;
        }
        String before = tokens.get(index - 1).lower();
        boolean roundOf = "of".equals(before) && index >= 2 && "round".equals(tokens.get(index - 2).lower());
        boolean last = STAGE_WORDS.contains(before);
        if (roundOf) {
            return true;
        }
        if (!last || index + 1 >= tokens.size() || !tokens.get(index + 1).is(Token.Type.WORD)) {
            return last;
        }
        // A German noun or an English plural after the number is what it counts; a verb in -s looks the same.
        String next = tokens.get(index + 1).text();
        boolean counted = Character.isUpperCase(next.charAt(0)) || LabelReader.plural(next.toLowerCase(Locale.ROOT));
        return !counted;
    }

    /**
     * "Königstraße 12", "Landesstraße 1230", "Boeing 737", "FTSE 100": a bare number right after a capitalized word
     * inside a sentence names what the word names, when it counts nothing ({@code counts} is false). A possessive
     * ("Germany's 16 states") and an English title-case headline are no names.
     */
    boolean afterName(List<Token> tokens, int index, boolean counts) {
        if (counts || index < 1 || !plain(tokens.get(index))) {
            return false;
        }
        Token name = tokens.get(index - 1);
        if (index == 1) {
            // The first word of a sentence is capitalized anyway: only an acronym or a name such as "eBay" tells.
            return name.is(Token.Type.WORD) && name.text().length() > 1
                    && name.text().substring(1).chars().anyMatch(Character::isUpperCase);
        }
        String lower = name.lower();
        // "iPhone 15", "eBay 3": a capital anywhere in the word marks a name.
        if (!name.is(Token.Type.WORD) || name.text().chars().noneMatch(Character::isUpperCase) || lower.endsWith("'s")
                || lower.endsWith("’s") || name.touches(tokens.get(index))) {
            return false;
        }
        // An acronym ("TSV 1860", "EU 27") is a name wherever it stands, also in a headline or after a colon.
        if (acronym(name)) {
            return true;
        }
        // The first word of a sentence, or of a quotation or a clause after a colon, is capitalized anyway.
        Token previous = tokens.get(index - 2);
        if (previous.isSymbol(":\"„“”»«'‘’(") && !german) {
            return false;
        }
        return german || !titleCase(tokens);
    }

    private static boolean acronym(Token token) {
        String text = token.text();
        return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch(Character::isUpperCase);
    }

    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalized = 0;
        for (Token token : tokens) {
            if (token.is(Token.Type.WORD) && token.text().length() > 3) {
                words++;
                capitalized += Character.isUpperCase(token.text().charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitalized >= TITLE_CASE * words;
    }

    /** "221B", "5G", "1990er", "3-Zimmer": digits glued to a word or to a hyphened word after them. */
    static boolean glued(List<Token> tokens, int index) {
        if (index + 1 >= tokens.size() || !tokens.get(index).touches(tokens.get(index + 1))) {
            return false;
        }
        Token after = tokens.get(index + 1);
        if (after.is(Token.Type.WORD)) {
            return true;
        }
        return after.isSymbol("-‐‑") && index + 2 < tokens.size() && tokens.get(index + 2).is(Token.Type.WORD)
                && after.touches(tokens.get(index + 2));
    }

    /** "H100", "A81", "Covid-19", "MH17": the last run of digits in a word, as a code's number. */
    private static Optional<Double> digitsInWord(Token token) {
        String text = token.text();
        int end = text.length();
        while (end > 0 && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return Optional.empty();
        }
        int start = end;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        String digits = text.substring(start, end);
        return digits.length() <= 9 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(Double.parseDouble(digits)) : Optional.empty();
    }

    private static boolean plain(Token token) {
        return token.is(Token.Type.NUMBER) && !token.text().isEmpty() && token.text().length() <= 9
                && token.text().chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
