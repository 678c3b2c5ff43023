package io.newsdigest.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code batch} command of the built service ({@code java -jar newsdigest.jar batch}) on an archive, with
 * the same size limit and models directory the Spark job is given, and returns its output lines: the reference
 * the cluster's output must equal. One thread, so its timings are not disturbed by the cluster's more than needed.
 */
final class BatchReference {

    private BatchReference() {
    }

    /**
     * @param jar {@code service/target/newsdigest.jar} (its {@code libs/} beside it)
     * @param models the models directory, or empty for none (an empty folder is given, so that models installed
     *     on this machine are not picked up)
     * @return the output lines, and the command's exit code ({@code 1} when some records are error objects)
     */
    static Result run(Path jar, Path input, Path folder, int maxRecordBytes, Optional<Path> models)
            throws IOException, InterruptedException {
        Path modelsDirectory = models.orElse(Files.createDirectories(folder.resolve("no-models")));
        Path config = Files.writeString(folder.resolve("batch.yaml"), """
                newsdigest:
                  limits:
                    max-body-bytes: %d
                  models:
                    directory: "%s"
                """.formatted(maxRecordBytes, modelsDirectory.toAbsolutePath()));
        Path output = folder.resolve("batch.jsonl");
        Path log = folder.resolve("batch.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-jar", jar.toString(), "batch",
                "--in", input.toString(), "--out", output.toString(), "--threads", "1",
                "--config", config.toString(), "--progress-seconds", "60")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the batch command did not finish within 10 minutes; see " + log);
        }
        return new Result(process.exitValue(), Files.exists(output)
                ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of(),
                Files.readString(log, StandardCharsets.UTF_8));
    }

    /** @param log the command's standard output and error (its report) */
    record Result(int exitCode, List<String> lines, String log) {
    }
}
