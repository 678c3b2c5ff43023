package io.newsdigest.nlp;

import io.newsdigest.nlp.chat.ChatCallException;
import io.newsdigest.nlp.chat.ChatModelServer;
import io.newsdigest.nlp.installed.ModelComponents;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.translate.OnnxAbstractiveSummarizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the summary part of a digest and decides who writes it. The local path: the ONNX summarizer (when the mode
 * asks for an abstractive summary and one is installed) or the extractive one, then a translation into the target
 * language. The chat path: an abstractive summary in the target language in one call ({@link WrittenSummary}),
 * chosen when the request prefers the chat model, or when the mode wants an abstractive summary and no local model
 * can write it in the target language. Any chat failure falls back to the local path with a warning naming the
 * cause. Thread-safe; owns nothing.
 */
final class SummaryComposer {

    private final Summarizer extractive;
    private final GuardedTranslations translations;
    private final WrittenSummary written;
    private final ModelEvents events;

    SummaryComposer(Summarizer extractive, GuardedTranslations translations, WrittenSummary written,
                    ModelEvents events) {
        this.extractive = extractive;
        this.translations = translations;
        this.written = written;
        this.events = events;
    }

    DigestSummary compose(SummaryInput input, DigestOptions options, String target, ModelComponents parts,
                          ChatAvailability chat, List<String> warnings, List<String> models, Stopwatch clock) {
        boolean abstractive = options.mode() != SummaryMode.EXTRACTIVE;
        Optional<ChatModelServer> server = chat.usable();
        if (options.mode() == SummaryMode.ABSTRACTIVE && server.isEmpty() && parts.abstractive().isEmpty()) {
            throw new InvalidArticleException("mode", "mode 'abstractive' needs a summarization model or a chat model"
                    + " and none is available. Install one with: newsdigest models pull distilbart-cnn-12-6,"
                    + " configure newsdigest.llm (see docs/llm.md), or use mode 'extractive'.");
        }
        String language = input.language();
        boolean localWritesIt = parts.abstractiveServes(language)
                && (language.equals(target) || parts.translators().find(language, target).isPresent());
        if (abstractive && server.isPresent() && !input.sentences().isEmpty()
                && (chat.preferred() || !localWritesIt)) {
            try {
                DigestSummary summary = written.write(server.get(), input, options, target, parts, warnings);
                chat.succeeded("summarize");
                models.add(server.get().settings().displayName());
                clock.lap("summarize");
                return summary;
            } catch (ChatCallException e) {
                warnings.add("The chat model could not write the summary: " + chat.failed("summarize", e)
                        + "; the summary was made locally.");
            }
        }
        SummaryResult result = local(input, options, parts, warnings, models);
        clock.lap("summarize");
        DigestSummary summary = translate(result, language, target, parts, chat, warnings, models);
        clock.lap("translate");
        return summary;
    }

    private SummaryResult local(SummaryInput input, DigestOptions options, ModelComponents parts, List<String> warnings,
                                List<String> models) {
        SummaryOptions length = new SummaryOptions(options.maxSentences(), options.maxCharacters());
        if (options.mode() == SummaryMode.EXTRACTIVE || parts.abstractive().isEmpty()) {
            return extractive.summarize(input, length);
        }
        SummaryResult result;
        if (parts.abstractive().get() instanceof OnnxAbstractiveSummarizer onnx) {
            // The local model's sentences went through the figure guard too: say what it changed.
            OnnxAbstractiveSummarizer.AbstractiveSummary report = onnx.summarizeWithReport(input, length);
            result = report.result();
            report.notes().forEach(warnings::add);
            long replaced = result.sentences().stream().filter(SummarySentence::replaced).count();
            if (replaced > 0) {
                events.sentencesReplaced("summary", (int) replaced);
            }
        } else {
            result = parts.abstractive().get().summarize(input, length);
        }
        if (!result.modelId().isEmpty()) {
            models.add(result.modelId());
        }
        if ("extractive".equals(result.method())) {
            warnings.add("The summarization model could not summarize this article; the summary is extractive.");
        }
        return result;
    }

    private DigestSummary translate(SummaryResult summary, String source, String target, ModelComponents parts,
                                    ChatAvailability chat, List<String> warnings, List<String> models) {
        List<String> sourceTexts = summary.sentences().stream().map(SummarySentence::text).toList();
        String engine = "abstractive".equals(summary.method()) ? "onnx" : "extractive";
        int replacedLocally = (int) summary.sentences().stream().filter(SummarySentence::replaced).count();
        if (source.equals(target) || sourceTexts.isEmpty()) {
            return new DigestSummary(source, summary.sentences(), sourceTexts, summary.method(), false, engine,
                    Optional.empty(), replacedLocally);
        }
        Optional<GuardedTranslations.Translated> translated = translations.translate(sourceTexts, source, target,
                parts, chat, "summary", "Summary sentence", warnings);
        if (translated.isEmpty()) {
            warnings.add("No " + source + "→" + target + " translation model is installed; the summary is in '"
                    + source + "'. Install one with: newsdigest models pull "
                    + parts.translators().suggestModel(source, target));
            return new DigestSummary(source, summary.sentences(), sourceTexts, summary.method(), false, engine,
                    Optional.empty(), replacedLocally);
        }
        GuardedTranslations.Translated done = translated.get();
        models.add(done.modelId());
        List<SummarySentence> sentences = new ArrayList<>();
        for (int i = 0; i < summary.sentences().size(); i++) {
            SummarySentence original = summary.sentences().get(i);
            GuardedTranslations.Sentence sentence = done.sentences().get(i);
            sentences.add(new SummarySentence(sentence.text(), original.sourceIndex(), original.start(),
                    original.end(), original.verified() && sentence.verified(), original.sources(),
                    original.replaced() || sentence.replaced(), sentence.language()));
        }
        int replaced = (int) sentences.stream().filter(SummarySentence::replaced).count();
        return new DigestSummary(target, sentences, sourceTexts, summary.method(), true, engine,
                Optional.of(done.method()), replaced);
    }
}
