package io.newsdigest.nlp.summarize;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells article sentences from page furniture that a summary must never quote: bylines, "Lesen Sie auch"
 * teasers, photo captions and credits, attribution and newsletter lines, and fragments too short to say anything.
 *
 * <p>It only reads one sentence at a time, so it cannot spot a caption that was glued to the next sentence.
 * Thread-safe and stateless.
 */
final class ContentFilter {

    static final int MIN_WORDS = 4;

    private static final Pattern TEASER = Pattern.compile(
            "^\\W*(lesen sie (auch|mehr|hier)|mehr zum thema|mehr dazu|weiterlesen|weitere artikel|das könnte sie"
                    + "|read (more|also)|see also|related( articles?| stories)?\\s*:|click here|scroll down"
                    + "|share this|follow (us|him|her|@)|sign up|subscribe|newsletter|anzeige|werbung|advertisement"
                    + "|published\\s*:|updated\\s*:|last updated|zuletzt aktualisiert|aktualisiert am|copyright|©)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT = Pattern.compile(
            "(\\b(foto|fotos|bild|bilder|photo|photos|picture|image|credit|grafik|quelle|source)\\s*:"
                    + "|getty images|\\bkeystone\\b|/\\s*(dpa|afp|reuters|ap|epa)\\b|\\(c\\)|©"
                    // Caption cues: a caption often runs into the next sentence when the page is flattened.
                    + "|\\bpictured\\b|\\((above|below|left|right|top|bottom|centre|center)\\)|scroll down for"
                    + "|\\b(im bild|symbolbild|archivbild|bildstrecke|bildergalerie)\\b|\\((links|rechts|mitte)\\))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "^\\W*(dpa|afp|reuters|ap|sda|apa|kna|epd)(\\s*[/,]\\s*(dpa|afp|reuters|ap|sda|apa|kna|epd))*\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\W*(mit material (von|der)|(additional )?reporting by|editing by|written by)|contributed to this report",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BYLINE_START = Pattern.compile("^\\W*(von|by)\\s+\\p{Lu}",
            Pattern.UNICODE_CASE);
    private static final Pattern TERMINAL = Pattern.compile("[.!?…:;][\"'»«“”’‘)\\]]*\\s*$");

    private ContentFilter() {
    }

    static boolean isContent(String sentence) {
        String text = sentence.strip();
        int words = wordCount(text);
        if (words < MIN_WORDS) {
            return false;
        }
        if (TEASER.matcher(text).find() || CREDIT.matcher(text).find() || ATTRIBUTION.matcher(text).find()
                || AGENCY_LINE.matcher(text).find()) {
            return false;
        }
        if (isByline(text, words)) {
            return false;
        }
        // A short line without closing punctuation is a heading, caption or list label, not a statement.
        return words >= 8 || TERMINAL.matcher(text).find();
    }

    /** "Von Anna Muster", "By John Smith, CNN": short and made of capitalized names. */
    private static boolean isByline(String text, int words) {
        if (words > 8 || !BYLINE_START.matcher(text).find()) {
            return false;
        }
        String[] tokens = text.replaceAll("[^\\p{L}\\p{N}\\s-]", " ").trim().split("\\s+");
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i];
            boolean connector = switch (token.toLowerCase(Locale.ROOT)) {
                case "und", "and", "von", "van", "de", "der", "for", "für", "in" -> true;
                default -> false;
            };
            if (!connector && !Character.isUpperCase(token.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
