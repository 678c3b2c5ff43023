package io.newsdigest.spark;

import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.json.DigestJson;
import io.newsdigest.nlp.NewsDigest;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.Iterator;
import java.util.Set;

/**
 * The Spark job: reads summarize requests (JSONL lines or Parquet rows with the same fields), digests each with
 * the executor's pipeline through {@link DigestJson} (the code path of {@code /v1/batch} and the {@code batch}
 * command) and writes one object per record: the digest, or the error object of a bad record. A bad record never
 * fails the job. Output order follows the input's partitions; Spark writes one file per partition.
 *
 * <p>JSONL output is the objects as lines of text; Parquet output has the objects' fields as columns (the schema
 * is the union of the digest and the error object, inferred from the results, which are kept on executors' disk
 * for that second pass). The {@code line} of an error object is the record's position in the input, from 1.
 */
public final class DigestJob {

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
        Dataset<String> requests = options.inputFormat().equals("parquet")
                ? spark.read().parquet(options.input()).toJSON()
                : spark.read().textFile(options.input()).filter(
                        (org.apache.spark.api.java.function.FilterFunction<String>) line -> !line.isBlank());
        JavaRDD<String> digests = requests.javaRDD().zipWithIndex().mapPartitions(DigestPartition.of(options));
        Dataset<String> lines = spark.createDataset(digests.rdd(), Encoders.STRING());
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

    /**
     * Digests one partition with the executor's pipeline. Only these few serializable values travel to the
     * executors ({@code 0} and {@code ""} stand for "not set": {@link java.util.Optional} is not serializable).
     */
    private record DigestPartition(String targetLanguage, int maxSentences, Set<String> languages, int maxFigures)
            implements FlatMapFunction<Iterator<Tuple2<String, Long>>, String> {

        static DigestPartition of(JobOptions options) {
            return new DigestPartition(options.targetLanguage().orElse(""), options.maxSentences().orElse(0),
                    Set.copyOf(options.languages()), options.maxFigures());
        }

        @Override
        public Iterator<String> call(Iterator<Tuple2<String, Long>> records) {
            NewsDigest digest = ExecutorPipeline.get(languages);
            DigestJson json = new DigestJson(maxFigures);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public String next() {
                    Tuple2<String, Long> record = records.next();
                    return json.digestLine(digest, record._1(), record._2() + 1, () -> template());
                }
            };
        }

        private SummarizeRequest template() {
            SummarizeRequest request = new SummarizeRequest();
            if (!targetLanguage.isEmpty()) {
                request.setTargetLanguage(targetLanguage);
            }
            if (maxSentences > 0) {
                request.setMaxSentences(maxSentences);
            }
            return request;
        }
    }
}
