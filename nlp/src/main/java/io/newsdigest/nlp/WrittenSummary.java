package io.newsdigest.nlp;

import io.newsdigest.nlp.chat.ChatModelServer;
import io.newsdigest.nlp.chat.ChatSummarizer;
import io.newsdigest.nlp.chat.WrittenSentence;
import io.newsdigest.nlp.figures.FigureKind;
import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.figures.KeyFigureExtractor;
import io.newsdigest.nlp.installed.ModelComponents;
import io.newsdigest.nlp.summarize.SourceLink;
import io.newsdigest.nlp.summarize.SummaryInput;
import io.newsdigest.nlp.summarize.SummarySentence;
import io.newsdigest.nlp.text.Sentence;
import io.newsdigest.nlp.translate.FigureCheck;
import io.newsdigest.nlp.translate.FigureGuard;
import io.newsdigest.nlp.translate.GuardedSentence;
import io.newsdigest.nlp.translate.Translator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An abstractive summary by the chat model, in the target language, with every sentence held to the figure guard:
 * each figure it states must be one of the article's (never repaired), and each sentence is linked to the article
 * sentences it rests on (those the model named, plus any whose figure it states). A sentence stating a figure the
 * article does not back is replaced by its source sentence, translated by a local model when one serves the pair
 * (and keeps its figures) or left in the article's language, and a warning names the figure. Thread-safe.
 */
final class WrittenSummary {

    private final KeyFigureExtractor figures;
    private final ModelEvents events;

    WrittenSummary(KeyFigureExtractor figures, ModelEvents events) {
        this.figures = figures;
        this.events = events;
    }

    /** @throws io.newsdigest.nlp.chat.ChatCallException when the chat model gives no usable answer */
    DigestSummary write(ChatModelServer server, SummaryInput input, DigestOptions options, String target,
                        ModelComponents parts, List<String> warnings) {
        List<Sentence> article = input.sentences();
        List<WrittenSentence> written = new ChatSummarizer(server).summarize(
                article.stream().map(Sentence::text).toList(), input.title(), input.language(), target,
                options.maxSentences(), options.maxCharacters());
        FigureGuard guard = new FigureGuard(figures, parts.renderer());
        List<SummarySentence> sentences = new ArrayList<>();
        List<String> sourceTexts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int characters = 0;
        int replaced = 0;
        for (WrittenSentence sentence : written) {
            int number = sentences.size() + 1;
            GuardedSentence checked = guard.checkWritten(input.text(), input.figures(), sentence.text(), target);
            TreeSet<Integer> sources = new TreeSet<>(sentence.sources());
            checked.checks().stream().filter(check -> check.outcome() == FigureCheck.Outcome.MATCHED)
                    .flatMap(check -> check.source().stream())
                    .forEach(figure -> sources.add(figure.sentenceIndex()));
            List<SourceLink> links = sources.stream().filter(index -> index < article.size())
                    .map(index -> link(article.get(index))).toList();
            SummarySentence result;
            if (checked.unbackedFigures().isEmpty()) {
                Sentence first = article.get(links.get(0).index());
                result = new SummarySentence(checked.text(), first.index(), first.start(), first.end(),
                        checked.verified(), links, false, Optional.empty());
            } else {
                replaced++;
                Sentence source = fallbackSource(article, sources, checked, input.figures());
                result = replacement(source, links, input.language(), target, guard, parts);
                warnings.add("Summary sentence " + number + ": the chat model wrote "
                        + GuardedTranslations.quoted(checked.unbackedFigures()) + ", which the article does not back;"
                        + " the sentence was replaced by article sentence " + (source.index() + 1)
                        + (result.language().isPresent() ? ", untranslated." : "."));
            }
            if (!seen.add(result.text()) || exceeds(options, characters, result.text(), sentences.isEmpty())) {
                continue;
            }
            characters += result.text().length();
            sentences.add(result);
            sourceTexts.add(links.stream().map(l -> article.get(l.index()).text()).collect(Collectors.joining(" ")));
        }
        if (replaced > 0) {
            events.sentencesReplaced("summary", replaced);
        }
        return new DigestSummary(target, sentences, sourceTexts, "abstractive", !input.language().equals(target), "llm",
                Optional.empty(), replaced);
    }

    /** The article sentence to show instead: a cited one holding a figure of the kind the model misstated. */
    private static Sentence fallbackSource(List<Sentence> article, TreeSet<Integer> sources, GuardedSentence checked,
                                           List<KeyFigure> articleFigures) {
        Set<FigureKind> misstated = checked.checks().stream().filter(check -> check.outcome().unbacked())
                .flatMap(check -> check.output().stream()).map(KeyFigure::kind).collect(Collectors.toSet());
        return sources.stream()
                .filter(index -> articleFigures.stream().anyMatch(figure -> figure.sentenceIndex() == index
                        && misstated.contains(figure.kind())))
                .findFirst().or(() -> Optional.of(sources.first()))
                .map(article::get).orElseThrow();
    }

    /** The source sentence, translated by a local model when one serves and keeps its figures, else as written. */
    private static SummarySentence replacement(Sentence source, List<SourceLink> links, String language, String target,
                                               FigureGuard guard, ModelComponents parts) {
        Optional<String> translated = Optional.empty();
        if (!language.equals(target)) {
            Optional<Translator> local = parts.translators().find(language, target);
            translated = local.map(translator -> guard.checkTranslation(source.text(), language,
                            translator.translate(List.of(source.text())).get(0), target, FigureGuard.Repairs.ALLOWED))
                    .filter(guarded -> guarded.unbackedFigures().isEmpty() && guarded.verified())
                    .map(GuardedSentence::text);
        }
        boolean untranslated = translated.isEmpty() && !language.equals(target);
        return new SummarySentence(translated.orElse(source.text()), source.index(), source.start(), source.end(), true,
                links, true, untranslated ? Optional.of(language) : Optional.empty());
    }

    private static boolean exceeds(DigestOptions options, int used, String text, boolean first) {
        return !first && options.maxCharacters().isPresent() && used + text.length() > options.maxCharacters().getAsInt();
    }

    private static SourceLink link(Sentence sentence) {
        return new SourceLink(sentence.index(), sentence.start(), sentence.end());
    }
}
