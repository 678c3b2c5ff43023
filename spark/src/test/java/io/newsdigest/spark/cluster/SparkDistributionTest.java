package io.newsdigest.spark.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkDistributionTest {

    /** A tree shaped as dependency:tree writes it: the job's library and Spark share Jackson. */
    private static final String TREE = """
            {"groupId":"io.newsdigest","artifactId":"newsdigest-spark","version":"1","type":"jar","classifier":"",
             "children":[
              {"artifactId":"newsdigest-json","version":"1","type":"jar","classifier":"","scope":"compile","children":[
                {"artifactId":"jackson-databind","version":"2.21.2","type":"jar","classifier":"","scope":"compile"},
                {"artifactId":"lingua","version":"1.2.2","type":"jar","classifier":"","scope":"compile"}]},
              {"artifactId":"spark-sql_2.13","version":"4.2.0","type":"jar","classifier":"","scope":"provided","children":[
                {"artifactId":"spark-core_2.13","version":"4.2.0","type":"jar","classifier":"","scope":"provided","children":[
                  {"artifactId":"jackson-databind","version":"2.21.2","type":"jar","classifier":"","scope":"provided"},
                  {"artifactId":"netty-tcnative-boringssl-static","version":"2.0.76.Final","type":"jar",
                   "classifier":"linux-x86_64","scope":"provided"}]}]},
              {"artifactId":"junit-jupiter","version":"6.1.3","type":"jar","classifier":"","scope":"test"}]}
            """;

    @Test
    void takesSparksJarsWithTheLibrariesItSharesWithTheJobButNotTheJobsOwn() throws Exception {
        Set<String> names = SparkDistribution.sparkJarNames(new ObjectMapper().readTree(TREE));

        assertEquals(Set.of("spark-sql_2.13-4.2.0.jar", "spark-core_2.13-4.2.0.jar", "jackson-databind-2.21.2.jar",
                "netty-tcnative-boringssl-static-2.0.76.Final-linux-x86_64.jar"), names);
    }

    @Test
    void linksOnlySparksJarsFromTheClasspathAndReadsTheScalaLine(@TempDir Path dir) throws Exception {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        List<String> jars = List.of("spark-sql_2.13-4.2.0.jar", "spark-core_2.13-4.2.0.jar",
                "jackson-databind-2.21.2.jar", "lingua-1.2.2.jar", "junit-jupiter-6.1.3.jar");
        StringBuilder classpath = new StringBuilder();
        for (String jar : jars) {
            classpath.append(Files.createFile(repository.resolve(jar))).append(File.pathSeparator);
        }
        Path tree = Files.writeString(dir.resolve("tree.json"), TREE);
        Path classpathFile = Files.writeString(dir.resolve("classpath.txt"), classpath.toString());

        SparkDistribution spark = SparkDistribution.create(dir.resolve("home"), tree, classpathFile);

        assertEquals(3, spark.jarCount());
        assertTrue(Files.isSymbolicLink(spark.home().resolve("jars/jackson-databind-2.21.2.jar")));
        assertEquals("2.13", spark.environment().get("SPARK_SCALA_VERSION"));
        assertEquals("127.0.0.1", spark.environment().get("SPARK_LOCAL_IP"));
        List<String> command = spark.command("256m", List.of(), "org.example.Main", List.of("--flag"));
        assertEquals(List.of("org.example.Main", "--flag"), command.subList(command.size() - 2, command.size()));
        assertTrue(command.contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), "Spark's own JVM options");
    }

    @Test
    void refusesATreeWithoutSpark() throws Exception {
        var tree = new ObjectMapper().readTree("{\"artifactId\":\"newsdigest-spark\",\"children\":[]}");
        assertThrows(IllegalStateException.class, () -> SparkDistribution.sparkJarNames(tree));
    }
}
