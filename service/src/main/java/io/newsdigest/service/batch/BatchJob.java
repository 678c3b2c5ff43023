package io.newsdigest.service.batch;

import io.newsdigest.json.DigestJson;
import io.newsdigest.nlp.NewsDigest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One batch from an input to an output file, started fresh or resumed from the output's checkpoint. Opening
 * checks everything that could stop the run (input, output, checkpoint) before the pipeline is needed, so a
 * mistake is reported in a second rather than after the models have loaded.
 *
 * <p>Resuming: the output and errors files are cut back to the last checkpoint (dropping any torn line and
 * anything not yet checkpointed), the records the checkpoint counts are skipped in the input, and the rest are
 * appended: no record is lost and none is written twice. Not thread-safe; close it to release the input.
 */
public final class BatchJob implements AutoCloseable {

    private final Path output;
    private final Optional<Path> errors;
    private final BatchSettings settings;
    private final ArticleSource source;
    private final Checkpoint start;
    private final OptionalLong remaining;

    private BatchJob(Path output, Optional<Path> errors, BatchSettings settings, ArticleSource source,
                     Checkpoint start) {
        this.output = output;
        this.errors = errors;
        this.settings = settings;
        this.source = source;
        this.start = start;
        OptionalLong total = source.expectedRecords();
        this.remaining = total.isPresent() ? OptionalLong.of(Math.max(0, total.getAsLong() - start.records()))
                : OptionalLong.empty();
    }

    /**
     * Checks the options, opens the input and, with {@code resume}, reads the checkpoint and skips what it covers.
     *
     * @throws BatchStartException when the run cannot start; the message is one line naming the option
     */
    public static BatchJob open(Path input, Path output, Optional<Path> errors, boolean resume, BatchSettings settings)
            throws IOException {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        Optional<Path> err = errors.map(p -> p.toAbsolutePath().normalize());
        if (out.equals(in) || err.filter(p -> p.equals(in) || p.equals(out)).isPresent()) {
            throw new BatchStartException("--out and --errors must be files of their own, not the input or each other");
        }
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new BatchStartException("--out: the folder " + out.getParent() + " does not exist");
        }
        Checkpoint fresh = new Checkpoint(in.toString(), settings.fingerprint(), err.map(Path::toString).orElse(""),
                0, 0, 0, 0, false);
        Checkpoint start = resume ? resumePoint(out, fresh) : freshStart(out, fresh);
        ArticleSource source = ArticleSources.open(in, settings.maxRecordBytes());
        try {
            if (!start.complete()) {
                skip(source, start.records());
            }
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
        return new BatchJob(out, err, settings, source, start);
    }

    /** @return records this run still has to write, when the input's size is known */
    public OptionalLong remainingRecords() {
        return remaining;
    }

    /** @return whether an earlier run already finished this output (a resume then has nothing to do) */
    public boolean alreadyComplete() {
        return start.complete();
    }

    /** @return the records an earlier run had already written */
    public long resumedFrom() {
        return start.records();
    }

    /**
     * Digests the remaining records with {@code digest} (built once by the caller and shared by the workers).
     *
     * @throws IOException when the input cannot be read or the output cannot be written; what was checkpointed
     *     stays valid and the run can be resumed
     */
    public BatchReport run(NewsDigest digest, DigestJson json, ProgressDisplay progress) throws IOException {
        if (start.complete()) {
            return completedEarlier();
        }
        try (BatchOutput sink = new BatchOutput(output, errors, start, settings.checkpointInterval())) {
            BatchRunner.Counts counts = new BatchRunner(digest, json, settings).run(source, sink, progress);
            sink.complete();
            return new BatchReport(counts.records, counts.failed, start.records(), start.failed(), counts.elapsed(),
                    counts.cpu());
        }
    }

    /** @return the report of a run that had already finished: nothing new, the earlier counts */
    public BatchReport completedEarlier() {
        return new BatchReport(0, 0, start.records(), start.failed(), java.time.Duration.ZERO, java.time.Duration.ZERO);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private static Checkpoint freshStart(Path out, Checkpoint fresh) {
        if (Files.exists(out)) {
            throw new BatchStartException("--out: " + out + " already exists; add --resume to continue the run that"
                    + " wrote it, or choose another file");
        }
        return fresh;
    }

    private static Checkpoint resumePoint(Path out, Checkpoint fresh) throws IOException {
        Optional<Checkpoint> saved = Checkpoint.read(Checkpoint.pathFor(out));
        if (saved.isEmpty()) {
            if (Files.exists(out)) {
                throw new BatchStartException("--resume: " + out + " has no checkpoint ("
                        + Checkpoint.pathFor(out).getFileName() + "), so it is unknown which records it holds");
            }
            return fresh;
        }
        Checkpoint checkpoint = saved.get();
        mustMatch("--in", checkpoint.input(), fresh.input());
        mustMatch("--errors", checkpoint.errorsFile(), fresh.errorsFile());
        mustMatch("the options", checkpoint.settings(), fresh.settings());
        return checkpoint;
    }

    private static void mustMatch(String what, String saved, String now) {
        if (!saved.equals(now)) {
            throw new BatchStartException("--resume: " + what + " differ from the run being resumed ('" + saved
                    + "' then, '" + now + "' now)");
        }
    }

    private static void skip(ArticleSource source, long records) throws IOException {
        for (long i = 0; i < records; i++) {
            if (source.next().isEmpty()) {
                throw new BatchStartException("--resume: the input now has fewer records (" + i
                        + ") than the checkpoint counts (" + records + "); it changed since the run stopped");
            }
        }
    }
}
