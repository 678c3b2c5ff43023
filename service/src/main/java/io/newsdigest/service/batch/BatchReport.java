package io.newsdigest.service.batch;

import java.time.Duration;
import java.util.Locale;

/**
 * The outcome of a run.
 *
 * @param records records written by this run
 * @param failed of those, how many are error objects
 * @param resumedFrom records that an earlier run had already written (skipped by this one)
 * @param previouslyFailed error objects among those
 * @param elapsed time this run spent digesting (after the pipeline was loaded)
 * @param cpu CPU time the whole process used meanwhile, on all its threads (zero when the JVM cannot tell)
 */
public record BatchReport(long records, long failed, long resumedFrom, long previouslyFailed, Duration elapsed,
                          Duration cpu) {

    /** @return records per second of this run */
    public double recordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : records / seconds;
    }

    /** @return error objects in the whole output, this run and earlier ones */
    public long totalFailed() {
        return failed + previouslyFailed;
    }

    /** The report as a few lines for people. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "records:    %,d written (%,d ok, %,d errors)%n", records,
                records - failed, failed));
        if (resumedFrom > 0) {
            out.append(String.format(Locale.ROOT, "resumed:    after %,d records of an earlier run (%,d errors)%n",
                    resumedFrom, previouslyFailed));
        }
        out.append(String.format(Locale.ROOT, "time:       %.1f s%n", elapsed.toNanos() / 1e9));
        out.append(String.format(Locale.ROOT, "throughput: %.1f records/s%n", recordsPerSecond()));
        if (records > 0 && cpu.isPositive() && elapsed.isPositive()) {
            out.append(String.format(Locale.ROOT, "cpu:        %.2f cores busy on average, %.1f ms per record%n",
                    cpu.toNanos() / (double) elapsed.toNanos(), cpu.toNanos() / 1e6 / records));
        }
        return out.toString();
    }
}
