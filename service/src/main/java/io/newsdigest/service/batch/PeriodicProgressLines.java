package io.newsdigest.service.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/** One plain line every interval (records, rate, errors, ETA when the total is known): fit for logs. */
final class PeriodicProgressLines implements ProgressDisplay {

    private final PrintStream out;
    private final OptionalLong total;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long lastLine = start;

    PeriodicProgressLines(PrintStream out, OptionalLong total, Duration every) {
        this.out = out;
        this.total = total;
        this.everyNanos = every.toNanos();
    }

    @Override
    public void update(long done, long failed) {
        long now = System.nanoTime();
        if (now - lastLine < everyNanos) {
            return;
        }
        lastLine = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "batch: %,d", done));
        if (total.isPresent() && total.getAsLong() > 0) {
            line.append(String.format(Locale.ROOT, "/%,d records (%.1f%%)", total.getAsLong(),
                    100.0 * done / total.getAsLong()));
        } else {
            line.append(" records");
        }
        line.append(String.format(Locale.ROOT, ", %.1f records/s, %,d errors", rate, failed));
        if (total.isPresent() && rate > 0) {
            long eta = (long) ((total.getAsLong() - done) / rate);
            line.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
        }
        out.println(line);
    }

    @Override
    public void close() {
        out.flush();
    }
}
