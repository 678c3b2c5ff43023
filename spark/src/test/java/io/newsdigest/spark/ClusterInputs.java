package io.newsdigest.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What the cluster test gives the job besides the generated archive: a models folder, its zip, real articles. */
final class ClusterInputs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClusterInputs() {
    }

    /** A models directory with the committed tiny German-English translator installed, if it is there. */
    static Optional<Path> tinyTranslator(Path tinyModels, Path work) throws IOException {
        Path source = tinyModels.resolve("tiny-marian-de-en");
        if (!Files.isDirectory(source)) {
            System.out.println("no tiny translator at " + source + ": running without models");
            return Optional.empty();
        }
        Path models = work.resolve("models");
        Path target = models.resolve(source.getFileName());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return Optional.of(models);
    }

    /** Zips a folder's files with paths relative to it, as {@code spark-submit --archives} unpacks them. */
    static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }

    /** The evaluation articles as summarize requests with ids, written outside the project. */
    static Path realArticles(Path eval, Path file, List<String> keys) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            Path source = eval.resolve(language + ".jsonl");
            int n = 0;
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                JsonNode article = MAPPER.readTree(line);
                String id = language + "-" + (++n);
                lines.add(MAPPER.writeValueAsString(MAPPER.createObjectNode().put("id", id)
                        .put("text", article.path("article").asText())));
                keys.add(id);
            }
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
