package io.newsdigest.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits German and English news text into sentences with hand-written rules: line breaks between paragraphs,
 * headlines and list items end a sentence; a period ends one unless it belongs to an abbreviation ("z. B.",
 * "Mrd.", "Dr.", "U.S."), an ordinal ("1. Juni", "3. Okt. 2025") or a number ("115.000", "4.2"); a short quotation
 * („…“, "…", «…») stays inside the sentence that reports it.
 *
 * <p>Thread-safe and stateless; cheap to construct. It never throws: {@code null} or blank text has no sentences.
 * Spans are trimmed of surrounding whitespace and a span without any letter or digit is not a sentence. It does
 * not recognise sentences that run on without punctuation inside one line, nor languages other than de and en
 * (any other code uses the rules of both).
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

    @Override
    public List<Sentence> split(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        AbbreviationRules rules = AbbreviationRules.forLanguage(language);
        List<Sentence> sentences = new ArrayList<>();
        for (int[] block : TextBlocks.of(text)) {
            int from = block[0];
            for (int boundary : boundaries(text, block[0], block[1], rules)) {
                add(sentences, text, from, boundary);
                from = boundary;
            }
            add(sentences, text, from, block[1]);
        }
        return List.copyOf(sentences);
    }

    private static List<Integer> boundaries(String text, int start, int end, AbbreviationRules rules) {
        List<Integer> boundaries = new ArrayList<>();
        QuoteRegions quotes = QuoteRegions.find(text, start, end);
        int first = TextBlocks.firstNonSpace(text, start, end);
        int i = first < 0 ? end : first + TextBlocks.listMarkerLength(text, first, end);
        while (i < end) {
            if (!isTerminal(text.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            while (run + 1 < end && isTerminal(text.charAt(run + 1))) {
                run++;
            }
            int after = run + 1;
            while (after < end && isCloser(text.charAt(after))) {
                after++;
            }
            if (endsSentence(text, i, run, after, end, rules) && !quotes.cuts(after)) {
                boundaries.add(after);
            }
            i = after;
        }
        return boundaries;
    }

    private static boolean endsSentence(String text, int terminal, int run, int after, int end,
                                        AbbreviationRules rules) {
        if (after >= end || !TextBlocks.isSpace(text.charAt(after))) {
            return false;
        }
        int next = TextBlocks.firstNonSpace(text, after, end);
        if (next < 0 || !startsSentence(text.charAt(next))) {
            return false;
        }
        if (run > terminal || text.charAt(terminal) != '.') {
            return true;
        }
        return rules.periodEndsSentence(wordBefore(text, terminal), wordAt(text, next, end));
    }

    private static String wordBefore(String text, int period) {
        int from = period;
        while (from > 0 && !TextBlocks.isSpace(text.charAt(from - 1))) {
            from--;
        }
        while (from < period && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        return text.substring(from, period);
    }

    private static String wordAt(String text, int start, int end) {
        int from = start;
        while (from < end && !Character.isLetterOrDigit(text.charAt(from)) && !TextBlocks.isSpace(text.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < end && !TextBlocks.isSpace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private static void add(List<Sentence> sentences, String text, int from, int to) {
        int first = TextBlocks.firstNonSpace(text, from, to);
        if (first < 0) {
            return;
        }
        int last = TextBlocks.lastNonSpace(text, from, to) + 1;
        String span = text.substring(first, last);
        if (span.codePoints().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(new Sentence(sentences.size(), first, last, span));
        }
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', '“', '”', '’', '‘', '»', '«', '›', '‹', ')', ']' -> true;
            default -> false;
        };
    }

    private static boolean startsSentence(char c) {
        if (Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)) {
            return true;
        }
        return switch (c) {
            case '„', '“', '"', '«', '»', '‚', '‘', '\'', '(', '[', '¿', '¡', '-', '–', '—', '•' -> true;
            default -> false;
        };
    }
}
