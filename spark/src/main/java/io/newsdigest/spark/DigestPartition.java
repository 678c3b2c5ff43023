package io.newsdigest.spark;

import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.json.DigestJson;
import io.newsdigest.json.Problems;
import io.newsdigest.nlp.NewsDigest;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Digests one partition of numbered records with the executor's pipeline, one output line per record, in the
 * partition's order. Only these few serializable values travel to the executors ({@code 0} and {@code ""} stand
 * for "not set": {@link Optional} is not serializable). A record never fails the task: what the pipeline rejects,
 * a record over the size limit and anything thrown while digesting become the record's error object, as in the
 * {@code batch} command. Stateless, so Spark may run it again for a lost partition and get the same lines.
 */
record DigestPartition(String targetLanguage, int maxSentences, Set<String> languages, int maxFigures,
                       String modelsDirectory, int maxRecordBytes)
        implements FlatMapFunction<Iterator<Tuple2<String, Long>>, String> {

    static DigestPartition of(JobOptions options) {
        return new DigestPartition(options.targetLanguage().orElse(""), options.maxSentences().orElse(0),
                Set.copyOf(options.languages()), options.maxFigures(), options.models().orElse(""),
                options.maxRecordBytes());
    }

    @Override
    public Iterator<String> call(Iterator<Tuple2<String, Long>> records) {
        NewsDigest digest = ExecutorPipeline.get(languages, modelsDirectory);
        DigestJson json = new DigestJson(maxFigures);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public String next() {
                Tuple2<String, Long> record = records.next();
                return line(digest, json, record._1(), record._2() + 1);
            }
        };
    }

    /** The output line of one record, numbered from 1. */
    String line(NewsDigest digest, DigestJson json, String record, long number) {
        long bytes = utf8Length(record);
        if (bytes > maxRecordBytes) {
            // The batch command's wording and status; the id is not read from a record that is not kept.
            return json.errorLine(Optional.empty(), number, Problems.problem(413, "The record has " + bytes
                    + " bytes; the limit is " + maxRecordBytes + ".", Optional.empty()));
        }
        try {
            return json.digestLine(digest, record, number, this::template);
        } catch (RuntimeException | StackOverflowError e) {
            return json.errorLine(Optional.empty(), number, Problems.of(e));
        }
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

    /** The UTF-8 length of a string without encoding it (a lone surrogate counts as the one byte '?' it becomes). */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
