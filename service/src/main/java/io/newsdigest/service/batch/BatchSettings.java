package io.newsdigest.service.batch;

import java.time.Duration;
import java.util.Optional;

/**
 * How a batch runs, validated when built; messages name the command-line option.
 *
 * @param threads parallel workers
 * @param targetLanguage the summary language for records that do not set {@code targetLanguage}
 * @param maxSentences the summary length for records that do not set {@code maxSentences}
 * @param maxRecordBytes records larger than this become error objects (413)
 * @param checkpointInterval how often written output is forced to disk and checkpointed
 */
public record BatchSettings(int threads, Optional<String> targetLanguage, Optional<Integer> maxSentences,
                            long maxRecordBytes, Duration checkpointInterval) {

    public BatchSettings {
        if (threads < 1 || threads > 1024) {
            throw new BatchStartException("--threads must be between 1 and 1024, not " + threads);
        }
        if (maxSentences.isPresent() && (maxSentences.get() < 1 || maxSentences.get() > 50)) {
            throw new BatchStartException("--max-sentences must be between 1 and 50, not " + maxSentences.get());
        }
        if (targetLanguage.isPresent() && !targetLanguage.get().matches("[A-Za-z]{2,3}")) {
            throw new BatchStartException("--target-language must be an ISO 639-1 code such as 'de' or 'en', not '"
                    + targetLanguage.get() + "'");
        }
        if (maxRecordBytes < 1) {
            throw new BatchStartException("the record size limit must be positive, not " + maxRecordBytes);
        }
        if (checkpointInterval.isNegative()) {
            throw new BatchStartException("the checkpoint interval must not be negative");
        }
    }

    /** All cores, the request defaults, 1 MiB records, a checkpoint every second. */
    public static BatchSettings defaults() {
        return new BatchSettings(Runtime.getRuntime().availableProcessors(), Optional.empty(), Optional.empty(),
                1 << 20, Duration.ofSeconds(1));
    }

    /** The options that change what a record's output is; a resumed run must use the same. */
    String fingerprint() {
        return "targetLanguage=" + targetLanguage.orElse("") + ";maxSentences=" + maxSentences.map(String::valueOf)
                .orElse("") + ";maxRecordBytes=" + maxRecordBytes;
    }
}
