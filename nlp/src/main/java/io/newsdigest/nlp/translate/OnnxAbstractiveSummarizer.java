package io.newsdigest.nlp.translate;

import io.newsdigest.models.InstalledModel;
import io.newsdigest.models.ModelStore;
import io.newsdigest.models.ModelTask;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.onnx.EngineOptions;
import io.newsdigest.nlp.onnx.GenerationConfig;
import io.newsdigest.nlp.onnx.Seq2SeqModel;
import io.newsdigest.nlp.summarize.SourceLink;
import io.newsdigest.nlp.summarize.Summarizer;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummaryOptions;
import io.newsdigest.nlp.summarize.SummaryResult;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.text.Sentence;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a summary with an ONNX summarization model (DistilBART, BART, T5/mT5) and checks its figures: each
 * generated sentence is tied to the closest source sentence, and a sentence whose figures the
 * {@link FigureGuard} cannot verify or repair is replaced by that source sentence.
 *
 * <p>Thread-safe. It owns its model only when built by {@link #openInstalled}, and never its fallback. When the article's language is not one the model
 * reads, or the model produces nothing, it answers with the fallback (extractive) summarizer, whose result says
 * {@code extractive}.
 */
public final class OnnxAbstractiveSummarizer implements Summarizer, AutoCloseable {

    private final String modelId;
    private final Writer writer;
    private final Set<String> languages;
    private final Summarizer fallback;
    private final FigureGuard guard;
    private final AutoCloseable owned;

    /** Writes the summary of one text in one language; the seam between the summarizer and the engine. */
    @FunctionalInterface
    interface Writer {
        String write(String text, String language);
    }

    /**
     * @param model a summarization model; still owned by the caller
     * @param languages the languages the model reads (from its manifest)
     * @param fallback the summarizer used when the model cannot serve an article
     * @param guard checks the figures of every generated sentence
     */
    public OnnxAbstractiveSummarizer(Seq2SeqModel model, Set<String> languages, Summarizer fallback, FigureGuard guard) {
        this(model.id(), writer(model, model.generationDefaults()), languages, fallback, guard, () -> { });
    }

    OnnxAbstractiveSummarizer(String modelId, Writer writer, Set<String> languages, Summarizer fallback,
                              FigureGuard guard, AutoCloseable owned) {
        this.owned = owned;
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.languages = Set.copyOf(languages);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * Verifies (sha256) and opens the first installed summarization model, by id, and summarizes with it.
     *
     * @return empty when no summarization model is installed
     * @throws io.newsdigest.models.ModelVerificationException when that model's files do not match its manifest
     * @throws io.newsdigest.nlp.onnx.ModelLoadException when they cannot be loaded
     */
    public static Optional<OnnxAbstractiveSummarizer> openInstalled(ModelStore store, EngineOptions options,
                                                                    Summarizer fallback, FigureGuard guard) {
        return openInstalled(store, ModelOpener.fresh(options), fallback, guard);
    }

    /**
     * As {@link #openInstalled(ModelStore, EngineOptions, Summarizer, FigureGuard)}, with the model lent by
     * {@code opener}; {@link #close()} releases it.
     */
    public static Optional<OnnxAbstractiveSummarizer> openInstalled(ModelStore store, ModelOpener opener,
                                                                    Summarizer fallback, FigureGuard guard) {
        Optional<InstalledModel> listed = store.list().stream()
                .filter(model -> model.manifest().task() == ModelTask.SUMMARIZATION).findFirst();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        InstalledModel installed = store.requireVerified(listed.get().id());
        ModelOpener.Opened opened = opener.open(installed);
        Seq2SeqModel model = opened.model();
        return Optional.of(new OnnxAbstractiveSummarizer(model.id(), writer(model, model.generationDefaults()),
                Set.copyOf(installed.manifest().languages()), fallback, guard, opened.release()));
    }

    /** @return whether the model reads articles in this language (others get the fallback's summary) */
    public boolean serves(String language) {
        return languages.contains(language);
    }

    /** @return the id of the model */
    public String modelId() {
        return modelId;
    }

    /** Closes the model when this summarizer opened it; harmless otherwise and when repeated. */
    @Override
    public void close() {
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the summarization model " + modelId, e);
        }
    }

    private static Writer writer(Seq2SeqModel model, GenerationConfig generation) {
        return (text, language) -> model.generateText(List.of(text), Optional.of(language), generation).get(0);
    }

    @Override
    public SummaryResult summarize(SummaryInput input, SummaryOptions options) {
        return summarizeWithReport(input, options).result();
    }

    /** Summarizes and says, per replaced or repaired sentence, what the figure guard did. */
    public AbstractiveSummary summarizeWithReport(SummaryInput input, SummaryOptions options) {
        if (input.sentences().isEmpty() || !languages.contains(input.language())) {
            return new AbstractiveSummary(fallback.summarize(input, options), List.of());
        }
        String generated;
        try {
            generated = writer.write(input.text(), input.language());
        } catch (RuntimeException e) {
            return new AbstractiveSummary(fallback.summarize(input, options),
                    List.of("The summarization model failed (" + e.getMessage() + "); the summary is extractive."));
        }
        List<String> written = sentences(generated, input.language());
        if (written.isEmpty()) {
            return new AbstractiveSummary(fallback.summarize(input, options), List.of());
        }
        return checked(input, options, written);
    }

    private AbstractiveSummary checked(SummaryInput input, SummaryOptions options, List<String> written) {
        List<SummarySentence> chosen = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int characters = 0;
        for (String sentence : written) {
            if (chosen.size() == options.maxSentences()) {
                break;
            }
            Sentence closest = closest(sentence, input.sentences());
            List<KeyFigure> nearby = input.figures().stream()
                    .filter(figure -> figure.sentenceIndex() == closest.index()).toList();
            GuardedSentence guarded = guard.checkGenerated(input.figures(), nearby, sentence, input.language());
            String text = guarded.text();
            boolean replaced = !guarded.verified();
            if (replaced) {
                text = closest.text();
                notes.add("A generated sentence stated figures the article does not back ("
                        + String.join("; ", guarded.notes()) + "); it was replaced by article sentence "
                        + (closest.index() + 1) + ".");
            } else if (guarded.repaired()) {
                notes.addAll(guarded.notes());
            }
            if (!texts.add(text) || exceeds(options, characters, text, chosen.isEmpty())) {
                continue;
            }
            characters += text.length();
            chosen.add(new SummarySentence(text, closest.index(), closest.start(), closest.end(), true,
                    List.of(new SourceLink(closest.index(), closest.start(), closest.end())), replaced,
                    Optional.empty()));
        }
        return new AbstractiveSummary(new SummaryResult(chosen, "abstractive", modelId), notes);
    }

    private static boolean exceeds(SummaryOptions options, int used, String text, boolean first) {
        return !first && options.maxCharacters().isPresent() && used + text.length() > options.maxCharacters().getAsInt();
    }

    /** The source sentence sharing the most words with a generated one (Jaccard overlap). */
    static Sentence closest(String generated, List<Sentence> sources) {
        Set<String> words = words(generated);
        Sentence best = sources.get(0);
        double bestOverlap = -1;
        for (Sentence source : sources) {
            Set<String> other = words(source.text());
            Set<String> union = new HashSet<>(words);
            union.addAll(other);
            other.retainAll(words);
            double overlap = union.isEmpty() ? 0 : (double) other.size() / union.size();
            if (overlap > bestOverlap) {
                best = source;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> sentences(String text, String language) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        iterator.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * A summary and what the figure guard did to it.
     *
     * @param result the summary
     * @param notes one message per repaired or replaced sentence
     */
    public record AbstractiveSummary(SummaryResult result, List<String> notes) {
        public AbstractiveSummary {
            notes = List.copyOf(notes);
        }
    }
}
