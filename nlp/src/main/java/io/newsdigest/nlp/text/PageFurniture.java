package io.newsdigest.nlp.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a web page that are not article text: navigation words, share buttons, cookie notices,
 * and the trailing attribution of the article. Stateless.
 */
final class PageFurniture {

    private static final Set<String> FURNITURE = Set.of("menu", "menü", "close", "schließen", "search", "suche",
            "home", "startseite", "latest news", "neueste nachrichten", "aktuelle nachrichten", "top stories",
            "most read", "meistgelesen", "share", "teilen", "share this article", "artikel teilen", "login",
            "log in", "anmelden", "sign in", "sign up", "registrieren", "subscribe", "abonnieren", "newsletter",
            "advertisement", "anzeige", "werbung", "skip to content", "skip to main content", "zum inhalt springen",
            "back to top", "nach oben", "read more", "weiterlesen", "mehr lesen", "mehr zum thema", "more",
            "related", "related articles", "related stories", "das könnte sie auch interessieren", "print",
            "drucken", "facebook", "twitter", "x", "linkedin", "whatsapp", "e-mail", "email", "copy link",
            "link kopieren", "comments", "kommentare", "navigation", "listen", "anhören", "artikel anhören",
            "listen to this article", "tweet", "accept all", "alle akzeptieren", "akzeptieren", "accept",
            "ablehnen", "reject all", "got it", "ok", "open menu", "close menu", "menü öffnen", "menü schließen",
            "bookmark", "merken", "gift this article", "follow", "folgen", "loading", "wird geladen");

    private static final Pattern COOKIE = Pattern.compile(
            "(?i).*\\bcookies?\\b.*\\b(accept|akzeptier\\w*|zustimm\\w*|consent|einwillig\\w*|datenschutz\\w*|"
                    + "privacy|we use|wir (verwenden|nutzen)|settings|einstellungen)\\b.*");
    private static final Pattern LABELLED_SOURCE = Pattern.compile(
            "(?i)^(?:source|sources|quelle|quellen|mit material von|material von|via)\\s*:?\\s+(.{2,80}?)\\.?$");
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(?((?:[A-Z][\\p{L}.&-]*|dpa|afp|epd|kna|sid)"
            + "(?:\\s*[/,]\\s*(?:[A-Z][\\p{L}.&-]*|dpa|afp|epd|kna|sid)){0,3})\\)?\\.?$");
    private static final Pattern TRAILING_AGENCY = Pattern.compile(
            "^(.*[.!?“”\"»«])\\s+\\(((?:[A-Z][\\p{L}.&-]*|dpa|afp|epd|kna|sid)"
                    + "(?:\\s*[/,]\\s*(?:[A-Z][\\p{L}.&-]*|dpa|afp|epd|kna|sid)){0,3})\\)$", Pattern.DOTALL);

    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private PageFurniture() {
    }

    static boolean isFurniture(String line) {
        String lower = SPACES.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        String key = EDGE_NON_LETTERS.matcher(lower).replaceAll("");
        if (key.isEmpty()) {
            return !line.isBlank() && line.codePoints().noneMatch(Character::isLetterOrDigit);
        }
        // The cheap test first: the cookie pattern backtracks over the whole line.
        return FURNITURE.contains(key) || (line.length() < 500 && lower.contains("cookie")
                && COOKIE.matcher(line).matches());
    }

    /** A last line that is only an attribution: "Source: Bloomberg", "Quelle: dpa", "(Reuters)". */
    static Optional<String> attributionLine(String line) {
        String stripped = line.strip();
        Matcher labelled = LABELLED_SOURCE.matcher(stripped);
        if (labelled.matches()) {
            return Optional.of(labelled.group(1).strip());
        }
        Matcher agency = AGENCY_ONLY.matcher(stripped);
        if (agency.matches() && stripped.startsWith("(") && stripped.endsWith(")")) {
            return Optional.of(agency.group(1));
        }
        return Optional.empty();
    }

    /** A paragraph that ends with an agency in parentheses: "… said on Monday. (Reuters)". */
    static Optional<String[]> trailingAttribution(String paragraph) {
        Matcher matcher = TRAILING_AGENCY.matcher(paragraph.strip());
        return matcher.matches() ? Optional.of(new String[] {matcher.group(1), matcher.group(2)}) : Optional.empty();
    }
}
