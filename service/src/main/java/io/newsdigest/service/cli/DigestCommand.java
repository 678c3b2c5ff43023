package io.newsdigest.service.cli;

import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.api.model.SummaryMode;
import io.newsdigest.service.DefaultPipeline;
import io.newsdigest.service.Models;
import io.newsdigest.service.http.PipelineHolder;
import io.newsdigest.service.Application;
import io.newsdigest.service.ServiceConfig;
import io.newsdigest.json.ApiMapping;
import io.newsdigest.service.http.JsonBodies;
import io.newsdigest.service.http.ProblemResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newsdigest digest FILE}: prints the {@code /v1/summarize} JSON of one article file. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        header = "Print the /v1/summarize JSON of one article file.",
        description = "The file is plain text (.txt), Markdown (.md) or HTML (.html, .htm).")
public final class DigestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The article: plain text, Markdown or HTML.")
    Path file;

    @Option(names = {"-t", "--target-language"}, description = "Language of the summary (default: the article's).")
    String targetLanguage;

    @Option(names = {"-n", "--max-sentences"}, defaultValue = "3", description = "Summary length in sentences (default ${DEFAULT-VALUE}).")
    int maxSentences;

    @Option(names = "--mode", defaultValue = "auto", description = "auto, extractive or abstractive (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--title", description = "The headline, when it is not in the file.")
    String title;

    @Option(names = "--config", description = "A YAML file whose keys override the embedded defaults.")
    Path configFile;

    @Override
    public Integer call() {
        ServiceConfig settings = ServiceConfig.from(Application.config(Optional.ofNullable(configFile)));
        JsonBodies json = new JsonBodies(settings.maxBodyBytes(), settings.maxJsonDepth());
        try {
            SummarizeRequest request = request(read(file));
            ApiMapping mapping = new ApiMapping(settings.maxFigures());
            PipelineHolder pipeline = PipelineHolder.loadNow(DefaultPipeline.load(settings, Models.store(settings)));
            try (pipeline) {
                var result = pipeline.await().digest(mapping.article(request), mapping.options(request));
                System.out.println(json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(mapping.response(Optional.empty(), result)));
            }
            return 0;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("newsdigest digest: no such file: " + file);
            return 2;
        } catch (IOException e) {
            System.err.println("newsdigest digest: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            var problem = ProblemResponses.fromUnexpected(e);
            System.err.println("newsdigest digest: " + problem.getDetail());
            return problem.getStatus() >= 500 ? 1 : 2;
        }
    }

    private SummarizeRequest request(String content) {
        SummarizeRequest request = new SummarizeRequest();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            request.setHtml(content);
        } else {
            request.setText(content);
        }
        request.setTitle(title);
        request.setTargetLanguage(targetLanguage);
        request.setMaxSentences(maxSentences);
        request.setMode(SummaryMode.fromValue(mode.toLowerCase(Locale.ROOT)));
        return request;
    }

    private static String read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the file is not valid UTF-8", e);
        }
    }
}
