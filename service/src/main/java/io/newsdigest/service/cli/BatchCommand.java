package io.newsdigest.service.cli;

import io.newsdigest.json.DigestJson;
import io.newsdigest.json.JsonLimits;
import io.newsdigest.service.Application;
import io.newsdigest.service.DefaultPipeline;
import io.newsdigest.service.Models;
import io.newsdigest.service.ServiceConfig;
import io.newsdigest.service.batch.BatchJob;
import io.newsdigest.service.batch.BatchReport;
import io.newsdigest.service.batch.BatchSettings;
import io.newsdigest.service.batch.BatchStartException;
import io.newsdigest.service.batch.ProgressDisplay;
import io.newsdigest.service.http.PipelineHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code newsdigest batch --in PATH --out FILE.jsonl}: digests an archive into one JSON line per record, in input
 * order, resumable with {@code --resume}. Exit codes: 0 every record digested, 1 some records are error objects,
 * 2 the run could not start, 3 the run stopped part-way (resume it).
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Digest an archive into JSONL, resumable.",
        description = {"The archive is a JSONL file, a folder of .txt, .md and .html files,",
                "or a .tar.gz, .tgz, .tar or .zip of them.",
                "Writes one JSON line per record, in input order: the /v1/summarize object,",
                "or an error object.",
                "Exit codes: 0 all records ok, 1 some records failed, 2 could not start,",
                "3 stopped part-way (run again with --resume)."})
public final class BatchCommand implements Callable<Integer> {

    /** Every record was digested. */
    public static final int ALL_OK = 0;
    /** The run finished, but some records are error objects. */
    public static final int RECORDS_FAILED = 1;
    /** Nothing was done: a bad option, a missing input, an output that would be overwritten, no pipeline. */
    public static final int COULD_NOT_START = 2;
    /** The run stopped part-way (input unreadable, disk full); what was checkpointed stays, resume it. */
    public static final int STOPPED = 3;

    @Option(names = "--in", required = true, paramLabel = "PATH",
            description = "A .jsonl file, a folder, or a .tar.gz, .tgz, .tar or .zip archive.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The output JSONL file.")
    Path output;

    @Option(names = "--resume", description = "Continue the run that wrote --out, from its checkpoint.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel workers (default: all cores).")
    Optional<Integer> threads = Optional.empty();

    @Option(names = {"-t", "--target-language"}, description = "Summary language for records that do not set one.")
    Optional<String> targetLanguage = Optional.empty();

    @Option(names = {"-n", "--max-sentences"}, description = "Summary length for records that do not set one (default 3).")
    Optional<Integer> maxSentences = Optional.empty();

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write the error objects to this file.")
    Optional<Path> errors = Optional.empty();

    @Option(names = "--progress-seconds", defaultValue = "10", paramLabel = "S",
            description = "Seconds between progress lines when standard error is not a terminal (default ${DEFAULT-VALUE}).")
    int progressSeconds;

    @Option(names = "--config", description = "A YAML file whose keys override the embedded defaults.")
    Path configFile;

    private final Function<ServiceConfig, PipelineHolder.LoadedPipeline> pipelines;

    /** The command as the executable runs it: the standard pipeline with the installed models. */
    public BatchCommand() {
        this(config -> DefaultPipeline.load(config, Models.store(config)));
    }

    /** With another pipeline loader (tests use a small, fast pipeline). */
    public BatchCommand(Function<ServiceConfig, PipelineHolder.LoadedPipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        try {
            ServiceConfig config = ServiceConfig.from(Application.config(Optional.ofNullable(configFile)));
            BatchSettings settings = new BatchSettings(threads.orElse(Runtime.getRuntime().availableProcessors()),
                    targetLanguage, maxSentences, config.maxBodyBytes(), Duration.ofSeconds(1));
            try (BatchJob job = BatchJob.open(input, output, errors, resume, settings)) {
                if (job.alreadyComplete()) {
                    err.println("newsdigest batch: " + output + " is already complete (" + job.resumedFrom() + " records)");
                }
                BatchReport report = run(job, config);
                System.out.print(report.text());
                return report.totalFailed() > 0 ? RECORDS_FAILED : ALL_OK;
            }
        } catch (BatchStartException | IllegalArgumentException e) {
            err.println("newsdigest batch: " + e.getMessage());
            return COULD_NOT_START;
        } catch (IOException | RuntimeException e) {
            // Whatever stopped the run, the checkpoint still describes a whole prefix of the output.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("newsdigest batch: stopped: " + reason + " (run again with --resume to continue)");
            return STOPPED;
        }
    }

    private BatchReport run(BatchJob job, ServiceConfig config) throws IOException {
        if (job.alreadyComplete()) {
            return job.completedEarlier();
        }
        PipelineHolder.LoadedPipeline pipeline = load(config);
        OptionalLong remaining = job.remainingRecords();
        try (ProgressDisplay progress = ProgressDisplay.forStream(System.err, ProgressDisplay.stderrIsTerminal(),
                remaining, Duration.ofSeconds(Math.max(1, progressSeconds)))) {
            return job.run(pipeline.digest(), new DigestJson(config.maxFigures(),
                    new JsonLimits(config.maxJsonDepth(), config.maxBodyBytes())), progress);
        } finally {
            for (AutoCloseable resource : pipeline.resources()) {
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("newsdigest batch: closing the pipeline: " + e.getMessage());
                }
            }
        }
    }

    private PipelineHolder.LoadedPipeline load(ServiceConfig config) {
        try {
            return pipelines.apply(config);
        } catch (RuntimeException e) {
            throw new BatchStartException("the pipeline could not be loaded: " + e.getMessage());
        }
    }
}
