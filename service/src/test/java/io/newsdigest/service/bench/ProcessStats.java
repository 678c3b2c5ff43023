package io.newsdigest.service.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a process and its children, and the machine's load, read from Linux's
 * {@code /proc}; zeros where it cannot be read (another system, or no process given).
 */
record ProcessStats(long pid) {

    /** User and system CPU time, in clock ticks (1/100 s), of the process and its children. */
    long cpuTicks() {
        return processes().map(p -> {
            try {
                String stat = Files.readString(Path.of("/proc/" + p + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }).sum();
    }

    /** Resident memory of the process and its children, in KiB. */
    long rssKilobytes() {
        return processes().map(p -> {
            try {
                return Files.readAllLines(Path.of("/proc/" + p + "/status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).sum();
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }).sum();
    }

    /** The one-minute load average, or -1. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private LongStream processes() {
        if (pid <= 0) {
            return LongStream.empty();
        }
        return ProcessHandle.of(pid).map(p -> Stream.concat(Stream.of(p), p.descendants()))
                .orElse(Stream.empty()).mapToLong(ProcessHandle::pid);
    }
}
