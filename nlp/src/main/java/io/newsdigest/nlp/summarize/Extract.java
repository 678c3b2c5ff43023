package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.text.Sentence;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns chosen source sentences into summary sentences: in source order, without surrounding white space or a
 * leading list bullet, with the span narrowed to match so that {@code text} still equals the source span.
 *
 * <p>Stateless.
 */
final class Extract {

    static final String METHOD = "extractive";
    private static final Pattern LEADING = Pattern.compile("^(\\s*([-–—•*·▪►]|\\d{1,2}\\))\\s+|\\s+)");

    private Extract() {
    }

    static SummarySentence of(Sentence sentence) {
        String text = sentence.text();
        Matcher lead = LEADING.matcher(text);
        int from = lead.find() ? lead.end() : 0;
        int to = text.length();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            from = 0;
        }
        return new SummarySentence(text.substring(from, to), sentence.index(), sentence.start() + from,
                sentence.start() + to, true);
    }

    /** @param chosen positions in {@code sentences} */
    static SummaryResult result(List<Sentence> sentences, Collection<Integer> chosen) {
        List<SummarySentence> picked = chosen.stream()
                .distinct()
                .sorted()
                .map(sentences::get)
                .map(Extract::of)
                .toList();
        return new SummaryResult(picked, METHOD, "");
    }
}
