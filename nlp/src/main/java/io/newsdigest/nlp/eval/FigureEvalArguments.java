package io.newsdigest.nlp.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of a figure evaluation: {@code [FOLDER] [--misses] [--fold a|b]}.
 *
 * @param folder the data folder, or the default when none is given
 * @param misses whether to print the cases the reader got wrong
 * @param fold the one fold whose misses to print; both when empty
 */
record FigureEvalArguments(Path folder, boolean misses, Optional<String> fold) {

    static FigureEvalArguments parse(String[] args, String defaultFolder) {
        List<String> arguments = List.of(args);
        int foldAt = arguments.indexOf("--fold");
        Optional<String> fold = foldAt >= 0 && foldAt + 1 < args.length ? Optional.of(args[foldAt + 1])
                : Optional.empty();
        String folder = java.util.stream.IntStream.range(0, args.length)
                .filter(i -> !args[i].startsWith("--") && !(foldAt >= 0 && i == foldAt + 1))
                .mapToObj(i -> args[i]).findFirst().orElse(defaultFolder);
        return new FigureEvalArguments(Path.of(folder), arguments.contains("--misses"), fold);
    }
}
