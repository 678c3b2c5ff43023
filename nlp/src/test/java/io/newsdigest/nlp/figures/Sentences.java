package io.newsdigest.nlp.figures;

import io.newsdigest.nlp.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test sentences cut at ". " after a word (not after a digit or a scale abbreviation), which is all the figure
 * tests need; the real splitter lives in {@code text}.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("(\\p{L}+)\\. (?=\\p{Lu})");
    private static final Set<String> ABBREVIATIONS = Set.of("Mrd", "Mio", "Tsd", "Bio", "ca", "Nr");

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher matcher = END.matcher(text);
        int start = 0;
        while (matcher.find()) {
            if (ABBREVIATIONS.contains(matcher.group(1))) {
                continue;
            }
            int end = matcher.end() - 1;
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
            start = matcher.end();
        }
        if (start < text.length()) {
            sentences.add(new Sentence(sentences.size(), start, text.length(), text.substring(start)));
        }
        return sentences;
    }
}
