package io.newsdigest.nlp.text;

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
 * Spans found later refer to the cleaned text; {@link #fromTextWithOffsets} also returns the map back to the
 * pasted input. It does not fetch pages, run scripts or recognise paywalls.
 */
public final class WebArticleCleaner implements ArticleCleaner {

    private static final int MAX_TITLE_LENGTH = 160;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BYLINE = Pattern.compile("^(?:Von|By)\\s+\\p{Lu}[\\p{L}.'-]+(?:[\\s,]+(?:und|and"
            + "|\\p{Lu}[\\p{L}.'-]*)){0,6}$");

    /**
     * A cleaned article and the map from its offsets back to the text it was cleaned from.
     *
     * @param article the cleaned article
     * @param offsets maps offsets in {@code article.text()} to offsets in the input
     */
    public record TracedArticle(CleanArticle article, OffsetMap offsets) {
    }

    @Override
    public CleanArticle fromText(String text, Optional<String> title) {
        return fromTextWithOffsets(text, title).article();
    }

    /** Like {@link #fromText}, and keeps the map from cleaned offsets back to {@code text}. */
    public TracedArticle fromTextWithOffsets(String text, Optional<String> title) {
        return clean(text == null ? "" : text, title == null ? Optional.empty() : title, Optional.empty());
    }

    @Override
    public CleanArticle fromHtml(String html, Optional<String> title) {
        HtmlMainText.Extract extract = HtmlMainText.extract(html == null ? "" : html);
        Optional<String> given = title == null ? Optional.empty() : title.filter(t -> !t.isBlank());
        return clean(extract.text(), given.or(extract::title), extract.byline()).article();
    }

    private static TracedArticle clean(String raw, Optional<String> givenTitle, Optional<String> givenByline) {
        TracedText normalized = TracedText.normalize(raw);
        List<String> lines = new ArrayList<>();
        List<Integer> lineStarts = new ArrayList<>();
        int start = 0;
        for (String line : normalized.toString().split("\n", -1)) {
            lines.add(PageFurniture.isFurniture(line) ? "" : line);
            lineStarts.add(start);
            start += line.length() + 1;
        }
        Optional<String> byline = givenByline.map(WebArticleCleaner::normalizeLine).filter(b -> !b.isEmpty())
                .or(() -> takeByline(lines));
        Optional<String> title = givenTitle.map(WebArticleCleaner::normalizeLine).filter(t -> !t.isEmpty());
        if (title.isEmpty()) {
            title = takeTitle(lines);
        }
        title.ifPresent(t -> dropRepeats(lines, t));
        List<TracedText> paragraphs = paragraphs(lines, lineStarts, normalized);
        Optional<String> source = takeSource(paragraphs);
        TracedText text = new TracedText();
        for (TracedText paragraph : paragraphs) {
            if (text.length() > 0) {
                text.appendSeparator("\n\n");
            }
            text.append(paragraph);
        }
        return new TracedArticle(new CleanArticle(text.toString(), title, byline, source),
                text.offsets(raw.length()));
    }

    private static String normalizeLine(String line) {
        return TracedText.normalize(line).toString().replace('\n', ' ').strip();
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
    private static List<TracedText> paragraphs(List<String> lines, List<Integer> lineStarts, TracedText normalized) {
        List<TracedText> paragraphs = new ArrayList<>();
        TracedText open = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int first = TextBlocks.firstNonSpace(line, 0, line.length());
            if (first < 0) {
                open = flush(paragraphs, open);
                continue;
            }
            int last = TextBlocks.lastNonSpace(line, 0, line.length()) + 1;
            TracedText stripped = normalized.slice(lineStarts.get(i) + first, lineStarts.get(i) + last);
            if (open != null && continues(open.toString(), stripped.toString())) {
                open.appendSeparator(" ");
                open.append(stripped);
            } else {
                flush(paragraphs, open);
                open = stripped;
            }
        }
        flush(paragraphs, open);
        return paragraphs;
    }

    private static boolean continues(String paragraph, String line) {
        char end = paragraph.charAt(paragraph.length() - 1);
        return (Character.isLowerCase(end) || end == ',') && Character.isLowerCase(line.charAt(0))
                && TextBlocks.listMarkerLength(line, 0, line.length()) == 0;
    }

    private static TracedText flush(List<TracedText> paragraphs, TracedText open) {
        if (open != null) {
            paragraphs.add(open);
        }
        return null;
    }

    private static Optional<String> takeSource(List<TracedText> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        int last = paragraphs.size() - 1;
        String paragraph = paragraphs.get(last).toString();
        Optional<String> line = PageFurniture.attributionLine(paragraph);
        if (line.isPresent()) {
            paragraphs.remove(last);
            return line;
        }
        return PageFurniture.trailingAttribution(paragraph).map(parts -> {
            paragraphs.set(last, paragraphs.get(last).slice(0, parts[0].stripTrailing().length()));
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
        return SPACES.matcher(line.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
