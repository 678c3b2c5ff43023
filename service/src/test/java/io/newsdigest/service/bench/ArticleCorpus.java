package io.newsdigest.service.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Articles for the benchmarks, read at run time from every {@code *.jsonl} file of a folder: each line's
 * {@code article} (or {@code text}) field, and its {@code lang} (or {@code language}) when there is one. Nothing
 * of them is kept in the project.
 */
record ArticleCorpus(List<Article> articles) {

    record Article(String text, Optional<String> language) {
    }

    ArticleCorpus {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles found");
        }
    }

    static ArticleCorpus read(Path folder) {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = mapper.readTree(line);
                    String text = node.path(node.has("article") ? "article" : "text").asText("");
                    String language = node.path(node.has("lang") ? "lang" : "language").asText("");
                    if (!text.isBlank()) {
                        articles.add(new Article(text, Optional.of(language).filter(s -> !s.isBlank())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the articles in " + folder, e);
        }
        return new ArticleCorpus(articles);
    }

    /** The {@code i}-th article, going round the corpus as often as needed. */
    Article get(long i) {
        return articles.get((int) (i % articles.size()));
    }
}
