package io.newsdigest.service.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.json.DigestJson;
import io.newsdigest.service.cli.BatchCommand;
import io.newsdigest.service.http.FakePipeline;
import io.newsdigest.service.http.PipelineHolder;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inputs for the batch tests, written on the fly from sentences made up for these tests, and readers for the
 * output.
 */
final class BatchFixtures {

    static final DigestJson JSON = new DigestJson(8);

    private BatchFixtures() {
    }

    /** A short made-up article; {@code n} makes each one different. */
    static String article(int n) {
        return n % 2 == 0
                ? "Die Stadt eröffnet am Montag " + n + " neue Radwege. Der Bau kostete " + (n + 3)
                + " Millionen Euro. Die Anwohner und die Händler freuen sich."
                : "The harbour handled " + n + " ships in May. Its owners expect " + (n + 10)
                + " more next year. Dock workers welcomed the news.";
    }

    /** The files of a small archive: id → content, in the order the readers must return them. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("2024/a.txt", article(1));
        files.put("2024/b.html", "<html><body><p>" + article(2) + "</p></body></html>");
        files.put("2025/c.md", "# Harbour\n\n" + article(3));
        return files;
    }

    static Path jsonl(Path file, int records) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            lines.add(JSON.write(Map.of("id", "article-" + i, "text", article(i))));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static Path folder(Path root, Map<String, String> files) throws IOException {
        for (var file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Files.writeString(root.resolve("notes.csv"), "not,an,article");
        return root;
    }

    static Path tarGz(Path file, Map<String, String> files) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(raw))) {
            for (var entry : files.entrySet()) {
                byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry tarEntry = new TarArchiveEntry("./" + entry.getKey());
                tarEntry.setSize(bytes.length);
                tar.putArchiveEntry(tarEntry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return file;
    }

    static Path zip(Path file, Map<String, String> files) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (var entry : files.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    /** Every output line parsed; fails on a torn (unparseable) line. */
    static List<JsonNode> lines(Path output) throws IOException {
        String content = Files.readString(output);
        if (!content.isEmpty() && !content.endsWith("\n")) {
            throw new AssertionError("the output ends in a torn line");
        }
        return content.lines().map(line -> {
            try {
                return JSON.mapper().readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException("unparseable output line: " + line, e);
            }
        }).toList();
    }

    static List<String> ids(Path output) throws IOException {
        return lines(output).stream().map(node -> node.path("id").asText()).toList();
    }

    /** Runs the command with the fake pipeline, as the executable would with the real one. */
    static int command(String... args) {
        BatchCommand command = new BatchCommand(config -> new PipelineHolder.LoadedPipeline(
                FakePipeline.create(false), List.of()));
        return new CommandLine(command).execute(args);
    }
}
