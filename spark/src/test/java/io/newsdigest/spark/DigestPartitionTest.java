package io.newsdigest.spark;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestPartitionTest {

    @Test
    void countsUtf8BytesAsTheEncoderWrites() {
        for (String text : List.of("", "plain ASCII", "Größe: 3,4 Mrd. €", "日本語", "emoji 😀 and 𝄞", "\u0000\u007f\u0080\u07ff\u0800\uffff")) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, DigestPartition.utf8Length(text), text);
        }
    }

    @Test
    void treatsOnlySpacesTabsAndCarriageReturnsAsBlankLikeTheBatchCommand() {
        assertTrue(DigestJob.isBlank(""));
        assertTrue(DigestJob.isBlank(" \t \r"));
        assertFalse(DigestJob.isBlank("\u00a0"), "a no-break space is content: the batch command reports the line as bad JSON");
        assertFalse(DigestJob.isBlank(" {} "));
    }

    @Test
    void readsTheModelsDirectoryAndTheRecordLimitFromTheCommandLine() {
        JobOptions defaults = JobOptions.parse("--in", "a.jsonl", "--out", "b");
        assertTrue(defaults.models().isEmpty());
        assertEquals(1 << 20, defaults.maxRecordBytes());

        JobOptions set = JobOptions.parse("--in", "a.jsonl", "--out", "b", "--models", "models",
                "--max-record-bytes", "4096");
        assertEquals("models", set.models().orElseThrow());
        assertEquals(4096, set.maxRecordBytes());
    }

    @Test
    void namesTheOptionWhenTheRecordLimitOrTheModelsDirectoryIsUnusable() {
        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--in", "a", "--out", "b", "--max-record-bytes", "0"));
        assertEquals("--max-record-bytes must be at least 1, not 0", limit.getMessage());
        IllegalArgumentException models = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--in", "a", "--out", "b", "--models", " "));
        assertEquals("--models must name a directory", models.getMessage());
    }
}
