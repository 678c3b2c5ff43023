package io.newsdigest.nlp.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a text into the input-matrix rows a fastText classifier averages: for every whitespace-separated token
 * its vocabulary row (when it has one) and the rows of its character n-grams, then the end-of-sentence row.
 * Immutable and thread-safe once read.
 *
 * <p>It reproduces fastText's own reading of a line, byte for byte, so that the ONNX graph sees the rows fastText
 * would: the text is taken as UTF-8; tokens are split at the bytes space, tab, vertical tab, form feed, carriage
 * return and NUL (other Unicode spaces belong to the token), and here also at line feed, which fastText's command
 * line reads as the end of the text; a token is wrapped in {@code <} and {@code >} and cut into n-grams of
 * {@code minn..maxn} characters (never splitting a UTF-8 sequence); an n-gram is hashed with 32-bit FNV-1a in
 * fastText's variant that XORs each byte sign-extended (its models were trained with a signed {@code char});
 * the hash modulo the bucket count names a bucket, and only the buckets the pruned model kept have a row.
 * A literal {@code </s>} token ends the text as fastText's reader does. Word n-grams are not supported (the
 * language-identification model does not use them).
 */
final class FastTextVocabulary {

    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 16777619;
    private static final byte BOW = '<';
    private static final byte EOW = '>';

    private final int minn;
    private final int maxn;
    private final int bucketCount;
    private final int eosRow;
    private final byte[][] words;
    private final int[] wordSlots;
    /** Open addressing over the kept buckets: {@code bucket << 32 | row}, -1 when empty; one cache line a probe. */
    private final long[] bucketTable;
    private final int[][] wordRows;
    private final List<String> labels;

    private FastTextVocabulary(JsonNode root) {
        this.minn = root.path("minn").asInt();
        this.maxn = root.path("maxn").asInt();
        this.bucketCount = root.path("bucket").asInt();
        if (minn < 1 || maxn < minn || bucketCount < 1) {
            throw new IllegalArgumentException("minn, maxn and bucket must satisfy 1 <= minn <= maxn, bucket >= 1");
        }
        JsonNode wordList = root.path("words");
        words = new byte[wordList.size()][];
        for (int i = 0; i < words.length; i++) {
            words[i] = wordList.get(i).asText().getBytes(StandardCharsets.UTF_8);
        }
        wordSlots = new int[tableSize(words.length)];
        Arrays.fill(wordSlots, -1);
        for (int i = 0; i < words.length; i++) {
            wordSlots[slot(words[i], 0, words[i].length)] = i;
        }
        JsonNode buckets = root.path("buckets");
        bucketTable = new long[Integer.highestOneBit(Math.max(4, buckets.size()) * 2)];
        Arrays.fill(bucketTable, -1L);
        for (int j = 0; j < buckets.size(); j++) {
            int key = buckets.get(j).asInt();
            int at = mix(key) & (bucketTable.length - 1);
            while (bucketTable[at] != -1L) {
                at = (at + 1) & (bucketTable.length - 1);
            }
            bucketTable[at] = (long) key << 32 | (words.length + j);
        }
        byte[] eos = root.path("eos").asText("</s>").getBytes(StandardCharsets.UTF_8);
        eosRow = wordSlots[slot(eos, 0, eos.length)];
        if (eosRow < 0) {
            throw new IllegalArgumentException("the vocabulary lacks the end-of-sentence token");
        }
        wordRows = new int[words.length][];
        RowSink sink = new RowSink(16);
        for (int i = 0; i < words.length; i++) {
            sink.clear();
            sink.add(i);
            if (i != eosRow) {
                addNgrams(words[i], 0, words[i].length, sink);
            }
            wordRows[i] = sink.toArray();
        }
        JsonNode labelList = root.path("labels");
        String[] names = new String[labelList.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = labelList.get(i).asText();
        }
        labels = List.of(names);
    }

    /** Reads a {@code dictionary.json} written by {@code models/fasttext-lid/convert.py}. */
    static FastTextVocabulary read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !"fasttext-dictionary-1".equals(root.path("format").asText())) {
            throw new IOException("not a fasttext-dictionary-1 file");
        }
        return new FastTextVocabulary(root);
    }

    /** @return the labels in the order of the model's output */
    List<String> labels() {
        return labels;
    }

    /** Appends the rows of {@code text} to {@code sink}; there is always at least the end-of-sentence row. */
    void rows(CharSequence text, RowSink sink) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i <= bytes.length; i++) {
            boolean boundary = i == bytes.length || isSpace(bytes[i]);
            if (!boundary) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                if (!addToken(bytes, start, i, sink)) {
                    return;
                }
                start = -1;
            }
        }
        sink.add(eosRow);
    }

    /** @return false when the token was a literal end-of-sentence token, which ends the text */
    private boolean addToken(byte[] bytes, int start, int end, RowSink sink) {
        int word = wordSlots[slot(bytes, start, end)];
        if (word == eosRow) {
            sink.add(eosRow);
            return false;
        }
        if (word >= 0) {
            sink.addAll(wordRows[word]);
        } else {
            addNgrams(bytes, start, end, sink);
        }
        return true;
    }

    /** The character n-grams of {@code <token>}, as fastText computes them over UTF-8 bytes. */
    private void addNgrams(byte[] token, int start, int end, RowSink sink) {
        int length = end - start + 2;
        for (int i = 0; i < length; i++) {
            if (isContinuation(at(token, start, end, i))) {
                continue;
            }
            int hash = FNV_OFFSET;
            int j = i;
            for (int n = 1; j < length && n <= maxn; n++) {
                hash = fnv(hash, at(token, start, end, j++));
                while (j < length && isContinuation(at(token, start, end, j))) {
                    hash = fnv(hash, at(token, start, end, j++));
                }
                if (n >= minn && !(n == 1 && (i == 0 || j == length))) {
                    int row = bucketRow(Integer.remainderUnsigned(hash, bucketCount));
                    if (row >= 0) {
                        sink.add(row);
                    }
                }
            }
        }
    }

    /** Byte {@code i} of {@code <token>}. */
    private static byte at(byte[] token, int start, int end, int i) {
        if (i == 0) {
            return BOW;
        }
        return i == end - start + 1 ? EOW : token[start + i - 1];
    }

    private static int fnv(int hash, byte b) {
        return (hash ^ b) * FNV_PRIME; // b widens with its sign, as fastText's int8_t cast does
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0x0B || b == '\f' || b == 0;
    }

    private int bucketRow(int bucket) {
        int at = mix(bucket) & (bucketTable.length - 1);
        for (long entry; (entry = bucketTable[at]) != -1L; at = (at + 1) & (bucketTable.length - 1)) {
            if ((int) (entry >>> 32) == bucket) {
                return (int) entry;
            }
        }
        return -1;
    }

    /** @return the slot of the token's word in {@link #wordSlots}, or of the empty slot where it would go */
    private int slot(byte[] bytes, int start, int end) {
        int hash = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            hash = fnv(hash, bytes[i]);
        }
        int at = mix(hash) & (wordSlots.length - 1);
        while (wordSlots[at] != -1 && !Arrays.equals(words[wordSlots[at]], 0, words[wordSlots[at]].length,
                bytes, start, end)) {
            at = (at + 1) & (wordSlots.length - 1);
        }
        return at;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int tableSize(int entries) {
        return Integer.highestOneBit(Math.max(4, entries) * 3) << 1;
    }

    /** A growable list of row indices; not thread-safe, one per call. */
    static final class RowSink {
        private int[] rows;
        private int size;

        RowSink(int capacity) {
            rows = new int[Math.max(1, capacity)];
        }

        void add(int row) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[size++] = row;
        }

        void addAll(int[] more) {
            if (size + more.length > rows.length) {
                rows = Arrays.copyOf(rows, Math.max(rows.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, rows, size, more.length);
            size += more.length;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return rows[i];
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(rows, size);
        }
    }
}
