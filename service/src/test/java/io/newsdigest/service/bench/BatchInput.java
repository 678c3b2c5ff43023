package io.newsdigest.service.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a JSONL input for the {@code batch} command from a folder of articles, going round them with new ids as
 * often as needed: {@code BatchInput ARTICLES_FOLDER RECORDS OUT_FILE [--language-given]}. With
 * {@code --language-given} each record names its language, so the pipeline skips language detection.
 */
public final class BatchInput {

    private BatchInput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: BatchInput ARTICLES_FOLDER RECORDS OUT_FILE [--language-given]");
            System.exit(2);
        }
        ArticleCorpus corpus = ArticleCorpus.read(Path.of(args[0]));
        int records = Integer.parseInt(args[1]);
        boolean languageGiven = args.length > 3 && args[3].equals("--language-given");
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
            for (int i = 0; i < records; i++) {
                ArticleCorpus.Article article = corpus.get(i);
                ObjectNode record = mapper.createObjectNode().put("id", "r" + (i + 1)).put("text", article.text());
                if (languageGiven) {
                    article.language().ifPresent(language -> record.put("language", language));
                }
                out.write(mapper.writeValueAsString(record));
                out.newLine();
            }
        }
        System.err.printf("%d records from %d articles%n", records, corpus.articles().size());
    }
}
