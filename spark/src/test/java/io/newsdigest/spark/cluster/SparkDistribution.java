package io.newsdigest.spark.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.launcher.JavaModuleOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Spark installation folder, what {@code SPARK_HOME} points at, made of the jars Maven resolved for this module:
 * {@code jars/} links Spark and its own dependencies, as in a Spark download, and nothing that only the job needs,
 * so the job's libraries reach the executors only the way they reach a real cluster's: shipped by
 * {@code spark-submit --jars}. Immutable once created; the caller deletes the folder.
 */
public final class SparkDistribution {

    private final Path home;
    private final String scalaVersion;

    private SparkDistribution(Path home, String scalaVersion) {
        this.home = home;
        this.scalaVersion = scalaVersion;
    }

    /**
     * @param home an empty folder to fill
     * @param dependencyTree the module's {@code dependency:tree} as JSON, verbose (with the jars Maven gave another
     *     scope or path), so that Spark's dependencies that the job also uses (Jackson, for one) are found
     * @param classpath the module's test classpath as {@code dependency:build-classpath} writes it
     */
    public static SparkDistribution create(Path home, Path dependencyTree, Path classpath) throws IOException {
        Set<String> names = sparkJarNames(new ObjectMapper().readTree(dependencyTree.toFile()));
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        String scala = null;
        for (String entry : Files.readString(classpath).strip().split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            String name = jar.getFileName().toString();
            if (names.contains(name) && !Files.exists(jars.resolve(name))) {
                Files.createSymbolicLink(jars.resolve(name), jar.toAbsolutePath());
                if (name.startsWith("spark-core_")) {
                    scala = name.substring("spark-core_".length(), name.indexOf('-', "spark-core_".length()));
                }
            }
        }
        if (scala == null) {
            throw new IllegalStateException("no spark-core jar on the classpath in " + classpath);
        }
        return new SparkDistribution(home, scala);
    }

    /** The file names of spark-sql's jar and of every jar below it in the tree. */
    static Set<String> sparkJarNames(JsonNode tree) {
        Set<String> names = new HashSet<>();
        List<JsonNode> pending = new ArrayList<>(List.of(tree));
        while (!pending.isEmpty()) {
            JsonNode node = pending.removeLast();
            if (node.path("artifactId").asText().startsWith("spark-sql_")) {
                collect(node, names);
            } else {
                node.path("children").forEach(pending::add);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("spark-sql is not in the dependency tree");
        }
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        String classifier = node.path("classifier").asText();
        names.add(node.path("artifactId").asText() + "-" + node.path("version").asText()
                + (classifier.isEmpty() ? "" : "-" + classifier) + "." + node.path("type").asText("jar"));
        node.path("children").forEach(child -> collect(child, names));
    }

    public Path home() {
        return home;
    }

    /** @return the number of Spark's jars in {@code jars/} */
    public int jarCount() throws IOException {
        try (var files = Files.list(home.resolve("jars"))) {
            return (int) files.count();
        }
    }

    /**
     * The environment of every process of the cluster: this installation, the Scala line a worker needs to build
     * its executors' command, and the loopback interface for every address Spark binds or advertises.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPARK_HOME", home.toString());
        environment.put("SPARK_SCALA_VERSION", scalaVersion);
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        environment.put("SPARK_PUBLIC_DNS", "127.0.0.1");
        environment.put("SPARK_CONF_DIR", home.resolve("conf").toString());
        return environment;
    }

    /**
     * The command that runs one of Spark's classes as {@code bin/spark-class} would: this JVM's java, Spark's
     * module-opening options, {@code conf/} and {@code jars/*} as the classpath.
     */
    public List<String> command(String heap, List<String> jvmOptions, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(home.resolve("conf") + File.separator + File.pathSeparator + home.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    /**
     * Starts a command of {@link #command} with this installation's environment plus {@code environment}, its
     * output appended to {@code log}.
     */
    public Process start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
