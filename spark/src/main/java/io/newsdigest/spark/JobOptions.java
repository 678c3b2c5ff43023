package io.newsdigest.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one job reads and writes, validated when built; messages name the option.
 *
 * @param input a JSONL file or folder of them, or a Parquet file or folder
 * @param output the folder Spark writes
 * @param inputFormat {@code jsonl} or {@code parquet}
 * @param outputFormat {@code jsonl} or {@code parquet}
 * @param targetLanguage the summary language for records that do not set one
 * @param maxSentences the summary length for records that do not set one
 * @param languages the languages articles may be written in
 * @param maxFigures key figures per digest unless a record says otherwise
 * @param models the models directory as every executor sees it (translators, a summarization model); empty for
 *     none, which gives the digests of a service without installed models
 * @param maxRecordBytes a record (a JSONL line, a Parquet row as JSON) over this many UTF-8 bytes becomes a 413
 *     error object instead of being digested, as in the {@code batch} command
 */
public record JobOptions(String input, String output, String inputFormat, String outputFormat,
                         Optional<String> targetLanguage, Optional<Integer> maxSentences, Set<String> languages,
                         int maxFigures, Optional<String> models, int maxRecordBytes) {

    private static final Set<String> FORMATS = Set.of("jsonl", "parquet");

    /** The {@code batch} command's default, {@code newsdigest.limits.max-body-bytes}: 1 MiB. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

    public JobOptions {
        languages = Set.copyOf(languages);
        if (!FORMATS.contains(inputFormat)) {
            throw new IllegalArgumentException("--in-format must be jsonl or parquet, not " + inputFormat);
        }
        if (!FORMATS.contains(outputFormat)) {
            throw new IllegalArgumentException("--out-format must be jsonl or parquet, not " + outputFormat);
        }
        if (maxSentences.isPresent() && (maxSentences.get() < 1 || maxSentences.get() > 50)) {
            throw new IllegalArgumentException("--max-sentences must be between 1 and 50, not " + maxSentences.get());
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("--languages must name at least one language");
        }
        if (maxFigures < 0 || maxFigures > 100) {
            throw new IllegalArgumentException("--max-figures must be between 0 and 100, not " + maxFigures);
        }
        if (models.isPresent() && models.get().isBlank()) {
            throw new IllegalArgumentException("--models must name a directory");
        }
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("--max-record-bytes must be at least 1, not " + maxRecordBytes);
        }
    }

    /** Reads {@code --in PATH --out PATH [--in-format F] [--out-format F] [--target-language L] [--max-sentences N]
     * [--languages de,en] [--max-figures N] [--models DIR] [--max-record-bytes N]}; formats default to the path's
     * extension ({@code .parquet}) or jsonl. */
    public static JobOptions parse(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String in = take(rest, "--in").orElseThrow(() -> new IllegalArgumentException("--in is required"));
        String out = take(rest, "--out").orElseThrow(() -> new IllegalArgumentException("--out is required"));
        String inFormat = take(rest, "--in-format").orElse(formatOf(in));
        String outFormat = take(rest, "--out-format").orElse(formatOf(out));
        Optional<String> target = take(rest, "--target-language");
        Optional<Integer> sentences = take(rest, "--max-sentences").map(v -> number("--max-sentences", v));
        Set<String> languages = new LinkedHashSet<>(List.of(take(rest, "--languages").orElse("de,en").split(",")));
        int figures = take(rest, "--max-figures").map(v -> number("--max-figures", v)).orElse(8);
        Optional<String> models = take(rest, "--models");
        int maxRecordBytes = take(rest, "--max-record-bytes").map(v -> number("--max-record-bytes", v))
                .orElse(DEFAULT_MAX_RECORD_BYTES);
        if (!rest.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments: " + String.join(" ", rest));
        }
        return new JobOptions(in, out, inFormat, outFormat, target, sentences, languages, figures, models,
                maxRecordBytes);
    }

    private static Optional<String> take(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return Optional.of(value);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value);
        }
    }

    private static String formatOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".parquet") || lower.endsWith(".parquet/") ? "parquet" : "jsonl";
    }
}
