package io.newsdigest.nlp.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed two-fold split of every figure evaluation: an item belongs to fold {@code a} or {@code b} by the
 * parity of the CRC-32 of its input text (UTF-8), so the split does not depend on file order, survives added
 * items and is the same on every machine. Rules are written while looking at fold {@code a}'s misses only;
 * fold {@code b} is the held-out half. Stateless.
 */
public final class Folds {

    /** The half whose misses the rules are written from. */
    public static final String TUNING = "a";
    /** The half held out from rule writing. */
    public static final String HELD_OUT = "b";

    private Folds() {
    }

    /** @return {@code "a"} or {@code "b"} */
    public static String of(String input) {
        CRC32 crc = new CRC32();
        crc.update(input.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0 ? TUNING : HELD_OUT;
    }
}
