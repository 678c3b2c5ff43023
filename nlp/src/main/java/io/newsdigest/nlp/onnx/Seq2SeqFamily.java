package io.newsdigest.nlp.onnx;

import java.util.Locale;
import java.util.Optional;

/** The encoder-decoder model families the engine knows how to prompt and decode. */
public enum Seq2SeqFamily {
    /** opus-mt translators: one language pair per model, pad banned from the output. */
    MARIAN,
    /** BART and DistilBART summarizers: BOS forced after the start token. */
    BART,
    /** T5 and mT5: the task is a text prefix such as "summarize: ". */
    T5,
    /** M2M100: source language token before the text, target language token forced first. */
    M2M100,
    /** NLLB-200: like M2M100 with FLORES-200 language codes ({@code deu_Latn}). */
    NLLB;

    /** @return the family a manifest names ({@code marian}, {@code bart}, {@code t5}, {@code m2m100}, {@code nllb}) */
    public static Optional<Seq2SeqFamily> fromName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return switch (key) {
            case "marian" -> Optional.of(MARIAN);
            case "bart", "distilbart" -> Optional.of(BART);
            case "t5", "mt5" -> Optional.of(T5);
            case "m2m100" -> Optional.of(M2M100);
            case "nllb" -> Optional.of(NLLB);
            default -> Optional.empty();
        };
    }
}
