package io.newsdigest.service.batch;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the records of one input in a fixed order, streaming: the same input always yields the same records in
 * the same order, which is what lets a resumed run skip what was already written. Not thread-safe: one reader
 * thread calls it. Whoever opens it closes it.
 */
public interface ArticleSource extends AutoCloseable {

    /** @return the next record, or empty at the end of the input */
    Optional<InputRecord> next() throws IOException;

    /** @return how many records the input holds when that is cheap to know beforehand (for the progress ETA) */
    OptionalLong expectedRecords();

    @Override
    void close() throws IOException;
}
