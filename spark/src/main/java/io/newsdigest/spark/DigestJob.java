package io.newsdigest.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads summarize requests (JSONL lines or Parquet rows with the same fields), digests each with
 * the executor's pipeline through {@link io.newsdigest.json.DigestJson} (the code path of {@code /v1/batch} and the
 * {@code batch} command) and writes one object per record: the digest, or the error object of a bad record. A bad
 * record never fails the job. Output order follows the input's partitions; Spark writes one file per partition.
 *
 * <p>JSONL output is the objects as lines of text; Parquet output has the objects' fields as columns (the schema
 * is the union of the digest and the error object, inferred from the results, which are kept on executors' disk
 * for that second pass). The {@code line} of an error object is the record's line in a JSONL file (blank lines
 * are counted and skipped, as the {@code batch} command does) or its row number in Parquet, from 1.
 *
 * <p>Exactly once: a task's output becomes visible only when Spark's output committer commits that task, once per
 * partition, and the job's output only when every partition is committed ({@code _SUCCESS}). A task lost with its
 * executor is run again from the input and writes the same lines, because digesting is deterministic.
 */
public final class DigestJob {

    /** How the Spark UI and its REST API name the job that digests and writes; the record-numbering job precedes it. */
    static final String DIGEST_JOB_DESCRIPTION = "newsdigest: digest ";

    private DigestJob() {
    }

    /** {@code spark-submit --class io.newsdigest.spark.DigestJob newsdigest-spark.jar --in … --out …}. */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsdigest-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newsdigest").getOrCreate();
        try {
            run(spark, options);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in an existing session (a test's, or one {@link #main} made). */
    public static void run(SparkSession spark, JobOptions options) {
        SparkContext context = spark.sparkContext();
        try {
            context.setJobDescription("newsdigest: number the records of " + options.input());
            JavaPairRDD<String, Long> records = numberedRecords(spark, options);
            context.setJobDescription(DIGEST_JOB_DESCRIPTION + options.input() + " into " + options.output());
            JavaRDD<String> digests = records.mapPartitions(DigestPartition.of(options));
            write(spark, spark.createDataset(digests.rdd(), Encoders.STRING()), options);
        } finally {
            context.setJobDescription(null);
        }
    }

    /**
     * The requests with their positions. JSONL lines are numbered before blank lines are dropped, so that a
     * number is the line's position in the file, as the {@code batch} command counts it. {@code zipWithIndex}
     * runs one cheap job over the input first to count each partition.
     */
    private static JavaPairRDD<String, Long> numberedRecords(SparkSession spark, JobOptions options) {
        if (options.inputFormat().equals("parquet")) {
            return spark.read().parquet(options.input()).toJSON().javaRDD().zipWithIndex();
        }
        return spark.read().textFile(options.input()).javaRDD().zipWithIndex()
                .filter(record -> !isBlank(record._1()));
    }

    /** Blank as the {@code batch} command reads it: nothing but spaces, tabs and carriage returns. */
    static boolean isBlank(String line) {
        return line.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r');
    }

    private static void write(SparkSession spark, Dataset<String> lines, JobOptions options) {
        if (options.outputFormat().equals("jsonl")) {
            lines.write().text(options.output());
            return;
        }
        Dataset<String> kept = lines.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            spark.read().json(kept).write().parquet(options.output());
        } finally {
            kept.unpersist();
        }
    }
}
