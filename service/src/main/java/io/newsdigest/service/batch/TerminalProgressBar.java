package io.newsdigest.service.batch;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/** A redrawn progress bar (records, rate, ETA) for a terminal, drawn by the progressbar library's own thread. */
final class TerminalProgressBar implements ProgressDisplay {

    private final ProgressBar bar;

    TerminalProgressBar(PrintStream err, OptionalLong total) {
        this.bar = new ProgressBarBuilder()
                .setTaskName("batch")
                .setInitialMax(total.orElse(-1))
                .setUnit(" records", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis((int) Duration.ofMillis(500).toMillis())
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
    }

    @Override
    public void update(long done, long failed) {
        bar.stepTo(done);
        if (failed > 0) {
            bar.setExtraMessage(failed + " errors");
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
