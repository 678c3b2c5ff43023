package io.newsdigest.nlp.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans text pasted from news web pages and extracts the main text of HTML pages (with jsoup): drops page
 * furniture lines ("menu", "Latest News", cookie notices), the headline repeated in the body, soft hyphens and
 * zero-width characters; turns non-breaking spaces into spaces; normalizes to Unicode NFC; keeps typographic
 * quotes; moves a trailing attribution ("Quelle: dpa", "(Reuters)") to {@link CleanArticle#source()}; takes a
 * short first line without final punctuation as the title when none is given. Paragraphs are separated by one
 * blank line.
 *
 * <p>Thread-safe and stateless; cheap to construct. Never throws; {@code null} input gives an empty article.
 * It does not keep a map from cleaned offsets back to the input: spans refer to the cleaned text. It does not
 * fetch pages, run scripts or recognise paywalls.
 */
public final class WebArticleCleaner implements ArticleCleaner {

    private static final int MAX_TITLE_LENGTH = 160;
    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200D\u2060\uFEFF]");
    private static final Pattern WIDE_SPACES = Pattern.compile("[\\t\u00A0\u2007\u202F\u2000-\u200A\u3000 ]+");
    private static final Pattern BYLINE = Pattern.compile("^(?:Von|By)\\s+\\p{Lu}[\\p{L}.'-]+(?:[\\s,]+(?:und|and"
            + "|\\p{Lu}[\\p{L}.'-]*)){0,6}$");

    @Override
    public CleanArticle fromText(String text, Optional<String> title) {
        return clean(text == null ? "" : text, title == null ? Optional.empty() : title, Optional.empty());
    }

    @Override
    public CleanArticle fromHtml(String html, Optional<String> title) {
        HtmlMainText.Extract extract = HtmlMainText.extract(html == null ? "" : html);
        Optional<String> given = title == null ? Optional.empty() : title.filter(t -> !t.isBlank());
        return clean(extract.text(), given.or(extract::title), extract.byline());
    }

    private static CleanArticle clean(String raw, Optional<String> givenTitle, Optional<String> givenByline) {
        List<String> lines = new ArrayList<>();
        for (String line : normalize(raw).split("\n", -1)) {
            lines.add(PageFurniture.isFurniture(line) ? "" : line);
        }
        Optional<String> byline = givenByline.map(WebArticleCleaner::normalizeLine).filter(b -> !b.isEmpty())
                .or(() -> takeByline(lines));
        Optional<String> title = givenTitle.map(WebArticleCleaner::normalizeLine).filter(t -> !t.isEmpty());
        if (title.isEmpty()) {
            title = takeTitle(lines);
        }
        title.ifPresent(t -> dropRepeats(lines, t));
        List<String> paragraphs = paragraphs(lines);
        Optional<String> source = takeSource(paragraphs);
        return new CleanArticle(String.join("\n\n", paragraphs), title, byline, source);
    }

    private static String normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        return WIDE_SPACES.matcher(text).replaceAll(" ");
    }

    private static String normalizeLine(String line) {
        return normalize(line).replace('\n', ' ').strip();
    }

    /** The first non-blank line is the title when it is short, ends without punctuation and text follows it. */
    private static Optional<String> takeTitle(List<String> lines) {
        int first = nextNonBlank(lines, 0);
        if (first < 0 || nextNonBlank(lines, first + 1) < 0) {
            return Optional.empty();
        }
        String candidate = lines.get(first).strip();
        char last = candidate.charAt(candidate.length() - 1);
        if (candidate.length() > MAX_TITLE_LENGTH || ".!?:;,".indexOf(last) >= 0
                || !Character.isUpperCase(candidate.codePointAt(0)) && !Character.isDigit(candidate.codePointAt(0))) {
            return Optional.empty();
        }
        lines.set(first, "");
        return Optional.of(candidate);
    }

    private static void dropRepeats(List<String> lines, String title) {
        String key = comparable(title);
        lines.replaceAll(line -> comparable(line).equals(key) ? "" : line);
    }

    private static Optional<String> takeByline(List<String> lines) {
        int first = nextNonBlank(lines, 0);
        for (int i = first, seen = 0; i >= 0 && seen < 3; i = nextNonBlank(lines, i + 1), seen++) {
            String line = lines.get(i).strip();
            if (line.length() <= 80 && BYLINE.matcher(line).matches()) {
                lines.set(i, "");
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** Lines become paragraphs, except a hard-wrapped line that continues in lower case after a lower-case word. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder open = null;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                open = flush(paragraphs, open);
            } else if (open != null && continues(open, stripped)) {
                open.append(' ').append(stripped);
            } else {
                flush(paragraphs, open);
                open = new StringBuilder(stripped);
            }
        }
        flush(paragraphs, open);
        return paragraphs;
    }

    private static boolean continues(CharSequence paragraph, String line) {
        char end = paragraph.charAt(paragraph.length() - 1);
        return (Character.isLowerCase(end) || end == ',') && Character.isLowerCase(line.charAt(0))
                && TextBlocks.listMarkerLength(line, 0, line.length()) == 0;
    }

    private static StringBuilder flush(List<String> paragraphs, StringBuilder open) {
        if (open != null) {
            paragraphs.add(open.toString());
        }
        return null;
    }

    private static Optional<String> takeSource(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        int last = paragraphs.size() - 1;
        Optional<String> line = PageFurniture.attributionLine(paragraphs.get(last));
        if (line.isPresent()) {
            paragraphs.remove(last);
            return line;
        }
        return PageFurniture.trailingAttribution(paragraphs.get(last)).map(parts -> {
            paragraphs.set(last, parts[0].strip());
            return parts[1];
        });
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String comparable(String line) {
        return line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
