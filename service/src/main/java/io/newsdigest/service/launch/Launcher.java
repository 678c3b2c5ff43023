package io.newsdigest.service.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code serve} and {@code batch} in a JVM sized for them when the user started the jar without choosing
 * the JVM's memory: {@code java -jar newsdigest.jar} then starts a second JVM with a heap ceiling and a
 * start-up cache ({@link JvmSizing}), passes it the same arguments, system properties and standard streams, and
 * ends with its exit code. The README's commands stay as they are, and a user who gives {@code -Xmx} (or any
 * other heap, cache, agent or debugger option) gets exactly the JVM asked for.
 *
 * <p>The first JVM stays as a small waiting parent (some 40 MB): it forwards a stop signal (SIGTERM, Ctrl-C) to
 * the second and waits for it to finish its shutdown; the second stops by itself when the first is killed.
 * {@code NEWSDIGEST_LAUNCHER=off} keeps everything in one JVM; {@code NEWSDIGEST_LAUNCHER=show} prints the
 * second JVM's command line first. Not a general process manager: one child, started once.
 */
public final class Launcher {

    /** System property that marks the sized JVM; its value is the launching process's id. */
    static final String LAUNCHED_BY = "newsdigest.launched-by";
    private static final Set<String> SIZED_COMMANDS = Set.of("serve", "batch");
    private static final List<String> USER_CHOSEN = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM",
            "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:AOTCache", "-XX:AOTMode", "-XX:AOTConfiguration", "-Xshare", "-agentlib", "-agentpath",
            "-javaagent", "-Xrunjdwp", "-Xdebug");
    private static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private Launcher() {
    }

    /**
     * Runs the command in a sized JVM when that is called for.
     *
     * @param main the class whose {@code main} the sized JVM runs
     * @return the sized JVM's exit code, or empty when the command runs in this JVM
     */
    public static OptionalInt runSized(Class<?> main, String[] args) {
        String launchedBy = System.getProperty(LAUNCHED_BY);
        if (launchedBy != null) {
            stopWithLauncher(launchedBy);
            return OptionalInt.empty();
        }
        String mode = Optional.ofNullable(System.getenv("NEWSDIGEST_LAUNCHER")).orElse("").strip();
        Optional<String> command = sizedCommand(args);
        if (mode.equalsIgnoreCase("off") || command.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (userChoseTheJvm(jvmArguments)) {
            return OptionalInt.empty();
        }
        List<String> child = childCommand(main, command.get(), args, inherited(jvmArguments));
        if (mode.equalsIgnoreCase("show")) {
            System.err.println("newsdigest: starting " + String.join(" ", child));
        }
        try {
            return OptionalInt.of(run(child));
        } catch (IOException e) {
            System.err.println("newsdigest: could not start a sized JVM (" + e.getMessage()
                    + "); running with this JVM's defaults");
            return OptionalInt.empty();
        }
    }

    /** The command that gets a sized JVM: {@code serve} (also the default) and {@code batch}, but not their help. */
    static Optional<String> sizedCommand(String[] args) {
        boolean help = Arrays.stream(args).anyMatch(arg -> arg.equals("-h") || arg.equals("--help")
                || arg.equals("-V") || arg.equals("--version"));
        if (help) {
            return Optional.empty();
        }
        if (args.length == 0) {
            return Optional.of("serve");
        }
        return SIZED_COMMANDS.contains(args[0]) ? Optional.of(args[0]) : Optional.empty();
    }

    /** Whether the JVM's memory, class cache or instrumentation was chosen on the command line. */
    static boolean userChoseTheJvm(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(argument -> USER_CHOSEN.stream().anyMatch(argument::startsWith));
    }

    /**
     * The JVM arguments the child needs to be given: those of the command line. What came from
     * {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} reaches the child through the environment anyway.
     */
    static List<String> inherited(List<String> jvmArguments) {
        List<String> fromEnvironment = new ArrayList<>();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                fromEnvironment.addAll(Arrays.asList(value.strip().split("\\s+")));
            }
        }
        List<String> own = new ArrayList<>(jvmArguments);
        fromEnvironment.forEach(own::remove);
        return own;
    }

    private static List<String> childCommand(Class<?> main, String command, String[] args, List<String> inherited) {
        String javaHome = System.getProperty("java.home");
        String classPath = System.getProperty("java.class.path");
        List<String> child = new ArrayList<>();
        child.add(Path.of(javaHome, "bin", "java").toString());
        Optional<Path> cache = JvmSizing.cacheFolder(Path.of(System.getProperty("user.home"), ".newsdigest", "cache"));
        child.addAll(JvmSizing.options(command, memoryBytes(), Runtime.version().feature(), cache,
                JvmSizing.cacheKey(javaHome, System.getProperty("java.vm.version"), classPath)));
        child.addAll(inherited);
        // A jar started with -jar had native access from its manifest; on a class path it must be asked for.
        if (!inherited.contains(NATIVE_ACCESS)) {
            child.add(NATIVE_ACCESS);
        }
        child.add("-D" + LAUNCHED_BY + "=" + ProcessHandle.current().pid());
        child.addAll(List.of("-cp", classPath, main.getName()));
        child.addAll(Arrays.asList(args));
        return child;
    }

    private static int run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        // Bounds glibc's per-thread malloc arenas, which otherwise add native memory with every busy thread.
        environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process child = builder.start();
        Thread forward = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                waitFor(child, 120);
            }
        }, "stop-sized-jvm");
        Runtime.getRuntime().addShutdownHook(forward);
        int exit = waitFor(child, Long.MAX_VALUE);
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException stopping) {
            // Already shutting down: the hook waits for the child.
        }
        return exit;
    }

    private static int waitFor(Process child, long seconds) {
        while (true) {
            try {
                if (seconds == Long.MAX_VALUE) {
                    return child.waitFor();
                }
                return child.waitFor(seconds, TimeUnit.SECONDS) ? child.exitValue() : 1;
            } catch (InterruptedException e) {
                // Keep waiting: leaving now would orphan the child.
                Thread.interrupted();
            }
        }
    }

    /** In the sized JVM: when the launching JVM is gone (killed), stop too rather than run on unattended. */
    private static void stopWithLauncher(String pid) {
        try {
            ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
                    launcher -> launcher.onExit().thenRun(() -> System.exit(143)),
                    () -> System.exit(143));
        } catch (NumberFormatException e) {
            // Not set by the launcher: nothing to watch.
        }
    }

    /** The memory the JVM sees, a container's limit included. */
    private static long memoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 2 * JvmSizing.MAX_HEAP;
    }
}
