package io.newsdigest.service.launch;

import io.newsdigest.service.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which commands get a sized JVM, what it is given, and that the user's own choice wins. */
class LauncherTest {

    @Test
    void serveByDefaultAndBatchGetASizedJvmButNotTheirHelpOrOtherCommands() {
        assertEquals(Optional.of("serve"), Launcher.sizedCommand(new String[0]));
        assertEquals(Optional.of("serve"), Launcher.sizedCommand(new String[]{"serve", "--config", "x.yaml"}));
        assertEquals(Optional.of("batch"), Launcher.sizedCommand(new String[]{"batch", "--in", "a", "--out", "b"}));
        assertEquals(Optional.empty(), Launcher.sizedCommand(new String[]{"batch", "--help"}));
        assertEquals(Optional.empty(), Launcher.sizedCommand(new String[]{"--help"}));
        assertEquals(Optional.empty(), Launcher.sizedCommand(new String[]{"digest", "article.txt"}));
        assertEquals(Optional.empty(), Launcher.sizedCommand(new String[]{"models", "list"}));
    }

    @Test
    void aHeapCacheAgentOrDebuggerOptionMeansTheUserChoseTheJvm() {
        assertTrue(Launcher.userChoseTheJvm(List.of("-Xmx2g")));
        assertTrue(Launcher.userChoseTheJvm(List.of("-Dserver.port=1", "-XX:MaxRAMPercentage=50")));
        assertTrue(Launcher.userChoseTheJvm(List.of("-agentlib:jdwp=transport=dt_socket,server=y")));
        assertTrue(Launcher.userChoseTheJvm(List.of("-XX:SharedArchiveFile=/tmp/a.jsa")));
        assertFalse(Launcher.userChoseTheJvm(List.of("-Dserver.port=8081", "--enable-native-access=ALL-UNNAMED")));
        assertFalse(Launcher.userChoseTheJvm(List.of()));
    }

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void theHeapIsAGibibyteOrHalfOfASmallerMachineButNeverTiny() {
        long gib = GIB;
        assertEquals(gib, JvmSizing.heapBytes(24 * gib));
        assertEquals(gib, JvmSizing.heapBytes(2 * gib));
        assertEquals(gib / 2, JvmSizing.heapBytes(gib));
        assertEquals(256L * 1024 * 1024, JvmSizing.heapBytes(300L * 1024 * 1024));
    }

    @Test
    void onJava21TheServerGetsAClassArchiveNamedAfterItsBuildAndTheBatchOnlyItsHeap(@TempDir Path cache)
            throws IOException {
        Files.writeString(cache.resolve("newsdigest-serve-0ld0ld0l.jsa"), "an earlier build's archive");

        List<String> serve = JvmSizing.options("serve", 8 * GIB, 21, Optional.of(cache), "abc123ab");
        List<String> batch = JvmSizing.options("batch", 8 * GIB, 21, Optional.of(cache), "abc123ab");

        assertEquals(List.of("-Xms1024m", "-Xmx1024m",
                "-XX:SharedArchiveFile=" + cache.resolve("newsdigest-serve-abc123ab.jsa"),
                "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), serve);
        assertEquals(List.of("-Xms1024m", "-Xmx1024m"), batch);
        assertFalse(Files.exists(cache.resolve("newsdigest-serve-0ld0ld0l.jsa")), "the old archive is removed");
        assertEquals(List.of("-Xms1024m", "-Xmx1024m"),
                JvmSizing.options("serve", 8 * GIB, 21, Optional.empty(), "abc123ab"),
                "no writable cache folder, no archive");
    }

    @Test
    void onJava25TheFirstRunRecordsAnAotCacheAndTheNextUsesIt(@TempDir Path cache) throws IOException {
        Path file = cache.resolve("newsdigest-serve-abc123ab.aot");
        assertEquals(List.of("-Xms1024m", "-Xmx1024m", "-XX:AOTCacheOutput=" + file, "-Xlog:aot*=off", "-Xlog:cds*=off"),
                JvmSizing.options("serve", 8 * GIB, 25, Optional.of(cache), "abc123ab"));

        Files.writeString(file, "the assembled cache");
        assertEquals(List.of("-Xms1024m", "-Xmx1024m", "-XX:AOTCache=" + file, "-Xlog:aot*=off", "-Xlog:cds*=off"),
                JvmSizing.options("serve", 8 * GIB, 25, Optional.of(cache), "abc123ab"));
    }

    @Test
    void anAotCacheWhoseAssemblyWasCutShortIsRecordedAgain(@TempDir Path cache) throws IOException {
        Path file = Files.writeString(cache.resolve("newsdigest-serve-abc123ab.aot"), "half a cache");
        Path unfinished = Files.writeString(cache.resolve("newsdigest-serve-abc123ab.aot.config"), "recorded");

        List<String> serve = JvmSizing.options("serve", 8 * GIB, 25, Optional.of(cache), "abc123ab");

        assertTrue(serve.contains("-XX:AOTCacheOutput=" + file), serve.toString());
        assertFalse(Files.exists(file) || Files.exists(unfinished), "the unfinished cache is removed");
    }

    @Test
    void theCacheKeyChangesWithTheJarAndTheJvm(@TempDir Path folder) throws IOException {
        Path jar = Files.writeString(folder.resolve("app.jar"), "one build");
        String first = JvmSizing.cacheKey("/jdk-25", "25.0.3", jar.toString());
        assertEquals(first, JvmSizing.cacheKey("/jdk-25", "25.0.3", jar.toString()));
        assertFalse(first.equals(JvmSizing.cacheKey("/jdk-21", "21.0.8", jar.toString())));
        Files.writeString(jar, "another, longer build");
        assertFalse(first.equals(JvmSizing.cacheKey("/jdk-25", "25.0.3", jar.toString())));
    }

    @Test
    void theJarStartsBatchInASizedJvmAndEndsWithItsExitCode(@TempDir Path folder) throws Exception {
        Result sized = run(List.of(), folder, "NEWSDIGEST_LAUNCHER", "show");
        assertEquals(2, sized.exit, sized.err);
        assertTrue(sized.err.contains("newsdigest: starting ") && sized.err.contains(" -Xmx"), sized.err);
        assertTrue(sized.err.contains("newsdigest batch: "), "the sized JVM's own message: " + sized.err);

        Result chosen = run(List.of("-Xmx300m"), folder, "NEWSDIGEST_LAUNCHER", "show");
        assertEquals(2, chosen.exit, chosen.err);
        assertFalse(chosen.err.contains("newsdigest: starting"), "-Xmx given: one JVM, the user's: " + chosen.err);
    }

    private record Result(int exit, String err) {
    }

    /** {@code java [jvm] -cp <test class path> Main batch --in <missing> --out <file>}: fails fast, exit code 2. */
    private static Result run(List<String> jvm, Path folder, String variable, String value) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch",
                "--in", folder.resolve("missing.jsonl").toString(), "--out", folder.resolve("out.jsonl").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(variable, value);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
        return new Result(process.exitValue(), err);
    }
}
