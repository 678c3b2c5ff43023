package io.newsdigest.nlp.text;

import io.newsdigest.nlp.eval.SentenceSplitEvaluation;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds OpenNLP's sentence models (test dependencies, not shipped) to {@link SentenceSplitEvaluation}. Run with
 * the test class path.
 */
public final class SentenceSplitCandidatesEvaluation {

    private SentenceSplitCandidatesEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        SentenceSplitter openNlp = openNlp(model("/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin"),
                model("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
        for (String file : List.of(SentenceSplitEvaluation.DEVELOPMENT, SentenceSplitEvaluation.HELD_OUT)) {
            report(file, SentenceSplitEvaluation.bundledCases(file), openNlp);
        }
    }

    private static void report(String file, List<SentenceSplitEvaluation.Case> cases, SentenceSplitter openNlp) {
        var scores = List.of(
                SentenceSplitEvaluation.evaluate("RuleSentenceSplitter (chosen)", new RuleSentenceSplitter(), cases),
                SentenceSplitEvaluation.evaluate("ICU4J BreakIterator + suppressions", new IcuSentenceSplitter(), cases),
                SentenceSplitEvaluation.evaluate("OpenNLP UD sentence models 1.3 (de-gsd, en-ewt)", openNlp, cases));
        System.out.println("#### " + file + "\n\n" + SentenceSplitEvaluation.markdown(scores));
        System.out.println(SentenceSplitEvaluation.failures(scores));
    }

    private static SentenceModel model(String resource) throws IOException {
        try (InputStream in = SentenceSplitCandidatesEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model not on the test class path: " + resource);
            }
            return new SentenceModel(in);
        }
    }

    /** Not thread-safe (SentenceDetectorME keeps state); the evaluation runs on one thread. */
    private static SentenceSplitter openNlp(SentenceModel german, SentenceModel english) {
        SentenceDetectorME de = new SentenceDetectorME(german);
        SentenceDetectorME en = new SentenceDetectorME(english);
        return (text, language) -> {
            SentenceDetectorME detector = "en".equals(language.toLowerCase(Locale.ROOT)) ? en : de;
            List<Sentence> sentences = new ArrayList<>();
            for (Span span : detector.sentPosDetect(text)) {
                Span trimmed = span.trim(text);
                if (trimmed.length() > 0) {
                    sentences.add(new Sentence(sentences.size(), trimmed.getStart(), trimmed.getEnd(),
                            text.substring(trimmed.getStart(), trimmed.getEnd())));
                }
            }
            return sentences;
        };
    }
}
