package io.newsdigest.nlp.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The hashing on a small dictionary made here, against a reference written differently: n-grams cut by code point
 * (not by UTF-8 byte), FNV-1a over 64-bit arithmetic, the sign-extension of bytes spelt out.
 */
class FastTextVocabularyTest {

    private static final int BUCKETS = 1000;
    private static final List<String> WORDS = List.of("</s>", "ab");

    private static long fnv(String text) {
        long hash = 2166136261L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            long signed = b < 0 ? (b + 0x1_0000_0000L) : b; // int8 → uint32, as fastText's hash does
            hash = ((hash ^ signed) * 16777619L) & 0xFFFF_FFFFL;
        }
        return hash;
    }

    /** Buckets of the 2- and 3-character n-grams of {@code <token>}, in fastText's order. */
    private static List<Integer> ngramBuckets(String token) {
        int[] points = ("<" + token + ">").codePoints().toArray();
        List<Integer> buckets = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            for (int n = 2; n <= 3 && i + n <= points.length; n++) {
                buckets.add((int) (fnv(new String(points, i, n)) % BUCKETS));
            }
        }
        return buckets;
    }

    private static FastTextVocabulary vocabulary(List<Integer> kept) throws IOException {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("format", "fasttext-dictionary-1").put("minn", 2).put("maxn", 3).put("bucket", BUCKETS)
                .put("eos", "</s>");
        ArrayNode words = root.putArray("words");
        WORDS.forEach(words::add);
        root.putArray("labels").add("de").add("en");
        ArrayNode buckets = root.putArray("buckets");
        kept.forEach(buckets::add);
        return FastTextVocabulary.read(new ByteArrayInputStream(root.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Expected rows: each token's word row (when a word) and its kept n-gram rows, then the end-of-text row. */
    private static int[] expected(List<Integer> kept, String... tokens) {
        List<Integer> rows = new ArrayList<>();
        for (String token : tokens) {
            int word = WORDS.indexOf(token);
            if (word >= 0) {
                rows.add(word);
            }
            for (int bucket : ngramBuckets(token)) {
                int at = kept.indexOf(bucket);
                if (at >= 0) {
                    rows.add(WORDS.size() + at);
                }
            }
        }
        rows.add(0);
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] rows(FastTextVocabulary vocabulary, String text) {
        FastTextVocabulary.RowSink sink = new FastTextVocabulary.RowSink(1);
        vocabulary.rows(text, sink);
        return sink.toArray();
    }

    private static List<Integer> keptBucketsOf(String... tokens) {
        Set<Integer> kept = new LinkedHashSet<>();
        for (String token : tokens) {
            kept.addAll(ngramBuckets(token));
        }
        return new ArrayList<>(kept);
    }

    @Test
    void wordsGetTheirRowAndTheirNgramsOthersOnlyNgrams() throws IOException {
        List<Integer> kept = keptBucketsOf("ab", "cd");
        FastTextVocabulary vocabulary = vocabulary(kept);
        assertArrayEquals(expected(kept, "cd", "ab"), rows(vocabulary, "cd ab"));
    }

    @Test
    void bucketsThePrunedModelDroppedHaveNoRow() throws IOException {
        List<Integer> kept = keptBucketsOf("cd");
        kept.remove(1);
        assertArrayEquals(expected(kept, "cd"), rows(vocabulary(kept), "cd"));
    }

    @Test
    void hashesNonAsciiBytesSignExtendedAndNeverSplitsACharacter() throws IOException {
        List<Integer> kept = keptBucketsOf("é€", "日本語", "😀x");
        FastTextVocabulary vocabulary = vocabulary(kept);
        assertArrayEquals(expected(kept, "é€", "日本語", "😀x"), rows(vocabulary, "é€ 日本語 😀x"));
    }

    @Test
    void splitsAtFastTextsSeparatorBytesOnly() throws IOException {
        List<Integer> kept = keptBucketsOf("a", "b", "c", "d", "e", "f", "g", "a\u00a0b");
        FastTextVocabulary vocabulary = vocabulary(kept);
        assertArrayEquals(expected(kept, "a", "b", "c", "d", "e", "f", "g"),
                rows(vocabulary, " a\tb\u000bc\fd\re\u0000f\ng  "));
        assertArrayEquals(expected(kept, "a\u00a0b"), rows(vocabulary, "a\u00a0b"), "no-break space is no separator");
    }

    @Test
    void aLiteralEndOfSentenceTokenEndsTheText() throws IOException {
        List<Integer> kept = keptBucketsOf("x", "y");
        FastTextVocabulary vocabulary = vocabulary(kept);
        int[] x = expected(kept, "x");
        assertArrayEquals(x, rows(vocabulary, "x </s> y"));
        assertArrayEquals(new int[]{0}, rows(vocabulary, ""));
        assertArrayEquals(new int[]{0}, rows(vocabulary, " \t "));
    }

    @Test
    void refusesAnotherFormat() {
        assertThrows(IOException.class, () -> FastTextVocabulary.read(
                new ByteArrayInputStream("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8))));
    }
}
