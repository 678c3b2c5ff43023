package io.newsdigest.nlp.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a period after a word ends a sentence, for German, English or both. Immutable.
 *
 * <p>Abbreviations come in three kinds: titles and prepositional ones ("Dr.", "ca.", "Mr.") never end a sentence;
 * number prefixes ("Nr.", "No.") do not when a digit follows; all other abbreviations, single letters, dotted
 * acronyms ("U.S.", "z.B.") and small German ordinals ("3.") end a sentence only when a common sentence opener
 * such as "Die" or "The" follows, because "Mrd. Euro" and "1. Juni" continue while "… in den U.S. Die …" does not.
 */
final class AbbreviationRules {

    private static final Set<String> GERMAN_TITLES = lower("dr", "prof", "hr", "fr", "frl", "st", "ca", "bzw",
            "vgl", "sog", "inkl", "exkl", "zzgl", "bzgl", "insb", "ggf", "evtl", "gem", "lt", "vs", "rd", "ehem");
    private static final Set<String> ENGLISH_TITLES = lower("dr", "prof", "mr", "mrs", "ms", "st", "mt", "sen",
            "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "vs", "approx",
            "ca", "cf");
    private static final Set<String> GERMAN_NUMBER_PREFIXES = lower("nr", "art", "abs", "s", "bd", "kap", "tel");
    private static final Set<String> ENGLISH_NUMBER_PREFIXES = lower("no", "nos", "vol", "p", "pp", "fig", "ch");
    private static final Set<String> GERMAN_OTHERS = lower("mio", "mrd", "tsd", "usw", "etc", "jan", "feb",
            "febr", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "jh", "jhd", "max", "min",
            "mind", "std", "urspr", "gegr", "geb", "hrsg", "allg", "einschl", "dt", "engl", "frz", "co", "bzgl",
            "zit", "zz", "zzt", "mwst", "abt", "anm", "bsp", "jr", "sen", "u", "a", "z", "b", "d", "h", "o");
    private static final Set<String> ENGLISH_OTHERS = lower("inc", "ltd", "co", "corp", "llc", "plc", "bros",
            "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
            "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "etc", "al", "ave", "blvd", "dept", "univ", "est",
            "ft", "oz", "lb", "lbs", "mln", "bln");

    private static final Set<String> GERMAN_OPENERS = Set.of("Der", "Die", "Das", "Den", "Dem", "Des", "Ein",
            "Eine", "Einen", "Einem", "Einer", "Er", "Sie", "Es", "Ich", "Wir", "Ihr", "Man", "Dies", "Diese",
            "Dieser", "Dieses", "Damit", "Dann", "Danach", "Dabei", "Dazu", "Daher", "Deshalb", "Doch", "Aber",
            "Und", "Auch", "Zudem", "Außerdem", "Allerdings", "Trotzdem", "Nun", "Jetzt", "Heute", "Gestern", "So",
            "Im", "In", "Am", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Seit", "Von", "Vor", "Zum", "Zur", "Für",
            "Laut", "Wie", "Was", "Wer", "Wo", "Wann", "Warum", "Als", "Wenn", "Ob", "Obwohl", "Während", "Weil",
            "Noch", "Nicht", "Kein", "Keine", "Viele", "Alle", "Seine", "Ihre", "Unser", "Hier", "Dort", "Denn",
            "Insgesamt", "Inzwischen", "Bisher", "Mittlerweile", "Gleichzeitig", "Somit", "Also", "Bereits",
            "Erst", "Nur", "Zuletzt", "Zuvor", "Unter", "Über");
    private static final Set<String> ENGLISH_OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They",
            "We", "I", "You", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their",
            "Our", "My", "But", "And", "Or", "So", "Yet", "In", "On", "At", "After", "Before", "During", "Since",
            "As", "If", "When", "While", "Although", "Because", "However", "Meanwhile", "Still", "Now", "Today",
            "Yesterday", "Last", "Next", "Some", "Many", "Most", "All", "No", "Not", "What", "Who", "Why", "How",
            "Where", "Such", "Both", "Each", "Every", "Also", "Then", "Thus", "Instead", "Despite", "For", "From",
            "With", "By", "Under", "Over", "About", "Officials", "Analysts");

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(\\p{L}{1,2}\\.)+\\p{L}{1,2}");
    private static final AbbreviationRules GERMAN = new AbbreviationRules(GERMAN_TITLES, GERMAN_NUMBER_PREFIXES,
            GERMAN_OTHERS, GERMAN_OPENERS, true);
    private static final AbbreviationRules ENGLISH = new AbbreviationRules(ENGLISH_TITLES, ENGLISH_NUMBER_PREFIXES,
            ENGLISH_OTHERS, ENGLISH_OPENERS, false);
    private static final AbbreviationRules BOTH = new AbbreviationRules(union(GERMAN_TITLES, ENGLISH_TITLES),
            union(GERMAN_NUMBER_PREFIXES, ENGLISH_NUMBER_PREFIXES), union(GERMAN_OTHERS, ENGLISH_OTHERS),
            union(GERMAN_OPENERS, ENGLISH_OPENERS), true);

    private final Set<String> titles;
    private final Set<String> numberPrefixes;
    private final Set<String> others;
    private final Set<String> openers;
    private final boolean ordinals;

    private AbbreviationRules(Set<String> titles, Set<String> numberPrefixes, Set<String> others,
                              Set<String> openers, boolean ordinals) {
        this.titles = titles;
        this.numberPrefixes = numberPrefixes;
        this.others = others;
        this.openers = openers;
        this.ordinals = ordinals;
    }

    static AbbreviationRules forLanguage(String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return switch (code) {
            case "de" -> GERMAN;
            case "en" -> ENGLISH;
            default -> BOTH;
        };
    }

    /**
     * @param word the word before the period, without the period and without opening punctuation
     * @param next the word after the whitespace (may be empty at the end of a block)
     * @return whether the period ends the sentence
     */
    boolean periodEndsSentence(String word, String next) {
        if (word.isEmpty()) {
            return true;
        }
        String key = word.toLowerCase(Locale.ROOT);
        boolean digitFollows = !next.isEmpty() && Character.isDigit(next.codePointAt(0));
        if (titles.contains(key)) {
            return false;
        }
        // German street names abbreviate "Straße" inside the compound: "Goethestr. 12".
        boolean street = ordinals && key.endsWith("str") && word.length() > 3;
        if ((numberPrefixes.contains(key) || street) && digitFollows) {
            return false;
        }
        if (others.contains(key) || isInitialOrAcronym(word) || (ordinals && isSmallNumber(word))) {
            return openers.contains(stripTrailingPunctuation(next));
        }
        return true;
    }

    private static boolean isInitialOrAcronym(String word) {
        if (word.length() == 1) {
            return Character.isLetter(word.charAt(0));
        }
        // "U.S", "z.B", "e.g": letters separated by periods, the last period being the candidate.
        return DOTTED_ACRONYM.matcher(word).matches();
    }

    private static boolean isSmallNumber(String word) {
        return word.length() <= 3 && word.chars().allMatch(Character::isDigit);
    }

    private static String stripTrailingPunctuation(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
    }

    private static Set<String> lower(String... words) {
        return Stream.of(words).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
