package io.newsdigest.nlp.onnx;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Splits a text whose tokens do not fit the encoder into pieces that do: whole sentences packed together, a
 * sentence that is too long on its own split between words. Nothing is dropped. Stateless.
 */
final class InputSplitter {

    private final ToIntFunction<String> tokenCount;
    private final int limit;

    /**
     * @param tokenCount tokens of a piece, special tokens included
     * @param limit most tokens the encoder accepts
     */
    InputSplitter(ToIntFunction<String> tokenCount, int limit) {
        this.tokenCount = tokenCount;
        this.limit = limit;
    }

    /** @return {@code text} itself when it fits, else pieces that fit, in order */
    List<String> split(String text, Locale locale) {
        if (tokenCount.applyAsInt(text) <= limit) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String unit : units(text, locale)) {
            String joined = current.isEmpty() ? unit : current + " " + unit;
            if (tokenCount.applyAsInt(joined) <= limit) {
                current.setLength(0);
                current.append(joined);
                continue;
            }
            if (!current.isEmpty()) {
                pieces.add(current.toString());
            }
            current.setLength(0);
            current.append(unit);
        }
        if (!current.isEmpty()) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    /** Sentences, and the words of any sentence that does not fit alone. */
    private List<String> units(String text, Locale locale) {
        List<String> units = new ArrayList<>();
        for (String sentence : segments(text, BreakIterator.getSentenceInstance(locale))) {
            if (tokenCount.applyAsInt(sentence) <= limit) {
                units.add(sentence);
            } else {
                units.addAll(words(sentence));
            }
        }
        return units;
    }

    private List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String word : sentence.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            words.addAll(cut(word));
        }
        return words;
    }

    /** A single "word" longer than the encoder allows (a pasted blob) is halved until its pieces fit. */
    private List<String> cut(String word) {
        if (word.length() <= 1 || tokenCount.applyAsInt(word) <= limit) {
            return List.of(word);
        }
        int middle = word.length() / 2;
        List<String> pieces = new ArrayList<>(cut(word.substring(0, middle)));
        pieces.addAll(cut(word.substring(middle)));
        return pieces;
    }

    private static List<String> segments(String text, BreakIterator iterator) {
        iterator.setText(text);
        List<String> segments = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String segment = text.substring(start, end).strip();
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
