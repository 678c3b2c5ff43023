package io.newsdigest.service.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The output file (one line per record) and the optional errors file, appended to through buffers, with the
 * checkpoint that says how much of them is durable. Fsync policy: the buffers are flushed and both files forced
 * to disk ({@link FileChannel#force}) at most once per checkpoint interval and at the end, and only then is the
 * checkpoint replaced; nothing is forced per record. Not thread-safe: the writer thread owns it.
 */
final class BatchOutput implements AutoCloseable {

    private final Sink output;
    private final Optional<Sink> errors;
    private final Path checkpointFile;
    private final long intervalNanos;
    private Checkpoint checkpoint;
    private long pendingRecords;
    private long pendingFailed;
    private long lastCheckpoint = System.nanoTime();

    /** Opens both files and cuts them back to the checkpoint: whatever came after it (a torn line) is redone. */
    BatchOutput(Path output, Optional<Path> errorsFile, Checkpoint start, Duration interval) throws IOException {
        this.output = new Sink(output, start.outputBytes());
        this.errors = errorsFile.isPresent() ? Optional.of(new Sink(errorsFile.get(), start.errorsBytes()))
                : Optional.empty();
        this.checkpointFile = Checkpoint.pathFor(output);
        this.intervalNanos = interval.toNanos();
        this.checkpoint = start;
        start.write(checkpointFile);
    }

    /** Appends one record's line; checkpoints when the interval has passed. */
    void write(RecordDigester.Output record) throws IOException {
        byte[] line = (record.line() + "\n").getBytes(StandardCharsets.UTF_8);
        output.write(line);
        if (record.failed() && errors.isPresent()) {
            errors.get().write(line);
        }
        pendingRecords++;
        pendingFailed += record.failed() ? 1 : 0;
        if (System.nanoTime() - lastCheckpoint >= intervalNanos) {
            checkpoint();
        }
    }

    /** Forces what was written to disk, then records it in the checkpoint. */
    void checkpoint() throws IOException {
        output.force();
        if (errors.isPresent()) {
            errors.get().force();
        }
        checkpoint = checkpoint.advance(pendingRecords, pendingFailed, output.length,
                errors.map(sink -> sink.length).orElse(0L));
        checkpoint.write(checkpointFile);
        pendingRecords = 0;
        pendingFailed = 0;
        lastCheckpoint = System.nanoTime();
    }

    /** The final checkpoint: everything forced and the run marked complete. */
    Checkpoint complete() throws IOException {
        checkpoint();
        checkpoint = checkpoint.completed();
        checkpoint.write(checkpointFile);
        return checkpoint;
    }

    @Override
    public void close() throws IOException {
        try (output.channel; var ignored = errors.map(sink -> sink.channel).orElse(null)) {
            output.stream.flush();
            if (errors.isPresent()) {
                errors.get().stream.flush();
            }
        }
    }

    /** One appended file: a channel for forcing and truncating, a buffered stream for writing. */
    private static final class Sink {
        final FileChannel channel;
        final OutputStream stream;
        long length;

        Sink(Path file, long keep) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long size = channel.size();
            if (size < keep) {
                channel.close();
                throw new BatchStartException("--resume: " + file + " is shorter than its checkpoint says ("
                        + size + " < " + keep + " bytes); it was changed after the run stopped");
            }
            channel.truncate(keep);
            channel.position(keep);
            length = keep;
            stream = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        void write(byte[] bytes) throws IOException {
            stream.write(bytes);
            length += bytes.length;
        }

        void force() throws IOException {
            stream.flush();
            channel.force(false);
        }
    }
}
