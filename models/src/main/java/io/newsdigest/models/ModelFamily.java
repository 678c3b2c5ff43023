package io.newsdigest.models;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The architecture family of a model, as spelled in the manifest's {@code family} field; the engine picks its recipe by it. */
public enum ModelFamily {
    MARIAN("marian"),
    BART("bart"),
    T5("t5"),
    M2M100("m2m100"),
    NLLB("nllb"),
    /** A fastText text classifier converted to ONNX (hashing in Java, the network in the graph). */
    FASTTEXT("fasttext");

    private final String jsonName;

    ModelFamily(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * @return true for families that translate between any two of their languages, the pair being chosen per
     *         request by a forced language token; their manifests need no {@code source}/{@code target}
     */
    public boolean manyToMany() {
        return this == M2M100 || this == NLLB;
    }

    /** @return the manifest spelling, e.g. {@code marian} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param value the manifest spelling
     * @return the family
     * @throws ModelManifestException naming the field {@code family} when the value is unknown
     */
    public static ModelFamily fromJson(String value) {
        for (ModelFamily family : values()) {
            if (family.jsonName.equals(value)) {
                return family;
            }
        }
        throw new ModelManifestException("family", "must be one of "
                + Arrays.stream(values()).map(ModelFamily::jsonName).collect(Collectors.joining(", "))
                + ", was '" + value + "'");
    }
}
