package io.newsdigest.nlp.summarize;

import io.newsdigest.nlp.figures.KeyFigure;
import io.newsdigest.nlp.text.RuleSentenceSplitter;

import java.util.List;
import java.util.Optional;

/** Builds summarizer inputs from the short articles written for these tests (all text is our own). */
final class Articles {

    static final String GERMAN = """
            Von Anna Muster
            Die Stadt Lindenau baut bis 2028 ein neues Hallenbad für 42 Millionen Euro.
            Der Stadtrat hat den Bau des Hallenbads am Dienstag mit großer Mehrheit beschlossen.
            Das alte Bad am Fluss ist seit drei Jahren wegen Schäden am Dach geschlossen.
            Lesen Sie auch: Wie andere Städte ihre Bäder retten.
            Vereine und Schulen müssen bis zur Eröffnung in die Nachbarorte ausweichen.
            Kritiker halten die Kosten für das Hallenbad für zu hoch.
            Die Bürgermeisterin verteidigt den Neubau als Investition in die Gesundheit.
            Foto: Stadt Lindenau
            """;

    static final String ENGLISH = """
            The harbour town of Westby will open a new ferry line to the islands in May.
            The ferry will carry up to 300 passengers and 40 cars on each crossing.
            Local shops hope the ferry line brings more visitors to the harbour.
            The old ferry line was closed in 2019 after the operator went bankrupt.
            Read more: The history of island ferries.
            By John Smith
            """;

    private Articles() {
    }

    static SummaryInput input(String text, String language) {
        return input(text, language, Optional.empty(), List.of());
    }

    static SummaryInput input(String text, String language, Optional<String> title, List<KeyFigure> figures) {
        return new SummaryInput(text, new RuleSentenceSplitter().split(text, language), language, title, figures);
    }
}
