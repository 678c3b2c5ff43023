package io.newsdigest.nlp.summarize;

import java.util.List;
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
    static final int HEADLINE_WORDS = 20;

    private static final Pattern TEASER = Pattern.compile(
            "\\W*(lesen sie (auch|mehr|hier)|mehr zum thema|mehr dazu|weiterlesen|weitere artikel|das könnte sie"
                    + "|read (more|also)|see also|related( articles?| stories)?\\s*:|click here|scroll down"
                    + "|share this|follow (us|him|her|@)|sign up|subscribe|newsletter|anzeige|werbung|advertisement"
                    + "|published\\s*:|updated\\s*:|last updated|zuletzt aktualisiert|aktualisiert am|copyright|©)");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "\\b(foto|fotos|bild|bilder|photo|photos|picture|image|credit|grafik|quelle|source)\\s*:");
    private static final Pattern AGENCY_SLASH = Pattern.compile("/\\s*(dpa|afp|reuters|ap|epa)\\b");
    // Caption cues: a caption often runs into the next sentence when the page is flattened.
    private static final Pattern POSITION_CUE = Pattern.compile(
            "\\((above|below|left|right|top|bottom|centre|center|links|rechts|mitte|c)\\)");
    private static final List<String> CAPTION_WORDS = List.of("getty images", "keystone", "©", "pictured",
            "scroll down for", "im bild", "symbolbild", "archivbild", "bildstrecke", "bildergalerie");
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "\\W*(dpa|afp|reuters|ap|sda|apa|kna|epd)(\\s*[/,]\\s*(dpa|afp|reuters|ap|sda|apa|kna|epd))*\\W*");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\W*(mit material (von|der)|(additional )?reporting by|editing by|written by)");
    private static final Pattern BYLINE_START = Pattern.compile("\\W*(von|by|VON|BY|Von|By)\\s+\\p{Lu}");
    private static final Pattern LIST_MARKER = Pattern.compile("([-–—•*·▪►]|\\d{1,2}[.)])\\s+");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…:;][\"'»«“”’‘)\\]]*\\s*$");

    private ContentFilter() {
    }

    static boolean isContent(String sentence) {
        String text = sentence.strip();
        int words = wordCount(text);
        if (words < MIN_WORDS) {
            return false;
        }
        // Patterns are lower-case and matched against lower-cased text: case-insensitive Unicode matching made
        // the filter the slowest step of a summary.
        String lower = text.toLowerCase(Locale.ROOT);
        if (TEASER.matcher(lower).lookingAt() || ATTRIBUTION.matcher(lower).lookingAt()
                || AGENCY_LINE.matcher(lower).matches() || lower.contains("contributed to this report")
                || isCaption(lower)) {
            return false;
        }
        if (isByline(text, words)) {
            return false;
        }
        // A line without closing punctuation is a headline, caption or label unless it is a list item; very long
        // ones are run-on text the splitter could not cut, which may still hold statements.
        return TERMINAL.matcher(text).find() || LIST_MARKER.matcher(text).lookingAt() || words >= HEADLINE_WORDS;
    }

    /** Credits and caption cues; each regex runs only when its trigger character is present, for speed. */
    private static boolean isCaption(String lower) {
        for (String word : CAPTION_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return (lower.indexOf(':') >= 0 && CREDIT_LABEL.matcher(lower).find())
                || (lower.indexOf('/') >= 0 && AGENCY_SLASH.matcher(lower).find())
                || (lower.indexOf('(') >= 0 && POSITION_CUE.matcher(lower).find());
    }

    /** "Von Anna Muster", "By John Smith, CNN": short and made of capitalized names. */
    private static boolean isByline(String text, int words) {
        if (words > 8 || !BYLINE_START.matcher(text).lookingAt()) {
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
