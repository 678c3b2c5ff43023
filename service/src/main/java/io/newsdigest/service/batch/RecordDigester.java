package io.newsdigest.service.batch;

import io.newsdigest.api.model.SummarizeRequest;
import io.newsdigest.json.DigestJson;
import io.newsdigest.json.Problems;
import io.newsdigest.nlp.NewsDigest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns one input record into its output line through the same {@link DigestJson} path as {@code /v1/batch}:
 * bytes that are not UTF-8 and records over the size limit become error objects, never exceptions.
 * Thread-safe (the pipeline and {@link DigestJson} are).
 */
final class RecordDigester {

    /**
     * The error object's key as it appears unescaped; inside a digest every quote of a string value is escaped
     * and no digest property is called {@code error}, so only an error object contains it.
     */
    private static final String ERROR_KEY = "\"error\":{";

    private final NewsDigest digest;
    private final DigestJson json;
    private final BatchSettings settings;
    private final Supplier<SummarizeRequest> defaults;

    RecordDigester(NewsDigest digest, DigestJson json, BatchSettings settings) {
        this.digest = digest;
        this.json = json;
        this.settings = settings;
        this.defaults = () -> {
            SummarizeRequest request = new SummarizeRequest();
            settings.targetLanguage().ifPresent(request::setTargetLanguage);
            settings.maxSentences().ifPresent(request::setMaxSentences);
            return request;
        };
    }

    /** The output of one record: one line of JSON without the newline, and whether it is an error object. */
    record Output(String line, boolean failed) {
    }

    /** Never throws: even a failure outside the pipeline's own error handling becomes this record's error object. */
    Output digest(InputRecord record) {
        String line;
        try {
            line = line(record);
        } catch (RuntimeException | StackOverflowError e) {
            line = json.errorLine(record.id(), record.number(), Problems.of(e));
        }
        return new Output(line, line.contains(ERROR_KEY));
    }

    private String line(InputRecord record) {
        if (record.oversized()) {
            return json.errorLine(record.id(), record.number(), Problems.problem(413, "The record has "
                    + record.size() + " bytes; the limit is " + settings.maxRecordBytes() + ".", Optional.empty()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(record.content())).toString();
        } catch (CharacterCodingException e) {
            return json.errorLine(record.id(), record.number(), Problems.problem(400,
                    "The record is not valid UTF-8 (at byte " + firstBadByte(record.content()) + ").",
                    Optional.empty()));
        }
        if (record.format() == InputRecord.Format.JSON_LINE) {
            return json.digestLine(digest, text, record.number(), defaults);
        }
        SummarizeRequest request = defaults.get();
        request.setId(record.id().orElseThrow());
        if (record.format() == InputRecord.Format.HTML) {
            request.setHtml(text);
        } else {
            request.setText(text);
        }
        return json.digestRequest(digest, request, record.number());
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : bytes.length;
    }
}
