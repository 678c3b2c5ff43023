package io.newsdigest.service.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdigest.json.DigestJson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What a run has durably written: the first {@code records} input records are in the first {@code outputBytes}
 * bytes of the output (and their error objects in the first {@code errorsBytes} of the errors file). It is only
 * written after those bytes were forced to disk, and it replaces the previous one atomically, so after any crash
 * the last checkpoint on disk describes a prefix of the output that is complete and whole.
 *
 * @param input the input, as an absolute path
 * @param settings the options that shape each record's output (a resumed run must use the same)
 * @param errorsFile the errors file as an absolute path, or empty
 * @param records input records done
 * @param failed of those, how many became error objects
 * @param outputBytes length of the output that holds them
 * @param errorsBytes length of the errors file that holds their error objects
 * @param complete whether the run reached the end of the input
 */
public record Checkpoint(String input, String settings, String errorsFile, long records, long failed,
                         long outputBytes, long errorsBytes, boolean complete) {

    private static final ObjectMapper MAPPER = DigestJson.newMapper();

    /** The checkpoint file that belongs to an output file: {@code OUT.checkpoint} beside it. */
    public static Path pathFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".checkpoint");
    }

    static Optional<Checkpoint> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), Checkpoint.class));
        } catch (IOException e) {
            throw new BatchStartException("--resume: the checkpoint " + file + " cannot be read (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")");
        }
    }

    /** Writes beside the target, forces it to disk, then renames it over the previous checkpoint. */
    void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(MAPPER.writeValueAsBytes(this));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file.toAbsolutePath().getParent());
    }

    Checkpoint advance(long moreRecords, long moreFailed, long newOutputBytes, long newErrorsBytes) {
        return new Checkpoint(input, settings, errorsFile, records + moreRecords, failed + moreFailed,
                newOutputBytes, newErrorsBytes, false);
    }

    Checkpoint completed() {
        return new Checkpoint(input, settings, errorsFile, records, failed, outputBytes, errorsBytes, true);
    }

    /** Makes the rename itself durable; some file systems cannot open a directory, and then the rename is left to them. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the rename is atomic either way; only its durability across a power cut depends on this.
        }
    }
}
