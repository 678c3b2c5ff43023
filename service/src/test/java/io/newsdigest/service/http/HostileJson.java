package io.newsdigest.service.http;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Generators of hostile request bodies for property tests: JSON nested past any limit, numbers of thousands of
 * digits, strings with half a surrogate pair, over-long names and strings, every field with a value of every type,
 * valid requests with random bytes changed, and bytes that are not JSON or not UTF-8 at all. Written for these
 * tests; no text comes from elsewhere.
 */
public final class HostileJson {

    /** Every field a request of any endpoint reads, and one no endpoint knows. */
    static final List<String> FIELDS = List.of("text", "html", "title", "language", "targetLanguage", "maxSentences",
            "maxCharacters", "maxFigures", "mode", "includeText", "id", "source", "target", "unknown");
    private static final List<String> VALID = List.of(
            "{\"id\":\"a1\",\"text\":\"Der Rat hat am Montag 12 neue Stellen bewilligt. Sie kosten 1,2 Mio. Euro.\"}",
            "{\"id\":\"a2\",\"text\":\"Shares fell 3% after the company cut 1,200 jobs.\",\"targetLanguage\":\"de\"}",
            "{\"id\":\"a3\",\"html\":\"<p>Die Stadt baut 40 Wohnungen.</p>\",\"maxSentences\":2,\"target\":\"en\"}");

    private HostileJson() {
    }

    /** One hostile body: any of the kinds below. */
    public static Arbitrary<byte[]> bodies(int sizeLimit) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, deeplyNested().map(HostileJson::utf8)),
                net.jqwik.api.Tuple.of(2, longNumbers().map(HostileJson::utf8)),
                net.jqwik.api.Tuple.of(3, unpairedSurrogates().map(HostileJson::utf8)),
                net.jqwik.api.Tuple.of(1, longNames().map(HostileJson::utf8)),
                net.jqwik.api.Tuple.of(1, oversizedStrings(sizeLimit).map(HostileJson::utf8)),
                net.jqwik.api.Tuple.of(4, anyTypes().map(HostileJson::utf8)),
                net.jqwik.api.Tuple.of(4, mutated()),
                net.jqwik.api.Tuple.of(2, surrogatesInUtf8()),
                net.jqwik.api.Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
    }

    /** Arrays and objects nested from a little to far past the depth limit, in a known or an unknown field. */
    static Arbitrary<String> deeplyNested() {
        return Combinators.combine(Arbitraries.integers().between(1, 3000), Arbitraries.of(FIELDS),
                Arbitraries.of("[", "{\"a\":"), Arbitraries.of(true, false)).as((depth, field, open, atTop) -> {
            String close = open.equals("[") ? "]" : "}";
            String nest = open.repeat(depth) + "1" + close.repeat(depth);
            return atTop ? nest : "{\"text\":\"Die Stadt baut 40 Wohnungen.\",\"" + field + "\":" + nest + "}";
        });
    }

    /** Numbers of up to several thousand digits, with sign, fraction or exponent, in any field. */
    static Arbitrary<String> longNumbers() {
        return Combinators.combine(Arbitraries.integers().between(1, 4000), Arbitraries.of(FIELDS),
                Arbitraries.of("", "-", "0.", "1e", "-1.5E+")).as((digits, field, prefix) ->
                "{\"text\":\"Die Stadt baut 40 Wohnungen.\",\"" + field + "\":" + prefix + "9".repeat(digits) + "}");
    }

    /** A valid request whose string field carries a lone high or low surrogate as a JSON escape. */
    static Arbitrary<String> unpairedSurrogates() {
        return Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.chars().range('\uD800', '\uDFFF'),
                Arbitraries.of("", "Text ", "Zahl 12 "), Arbitraries.of(true, false)).as((field, surrogate, before, swap) -> {
            String escape = String.format("\\u%04x", (int) surrogate);
            // Two surrogates in the wrong order are no pair either.
            String bad = swap ? escape + escape : escape;
            return "{\"text\":\"Der Rat tagt heute.\",\"" + field + "\":\"" + before + bad + " Ende\"}";
        });
    }

    /** The UTF-8-like encoding of a surrogate (CESU-8), which strict UTF-8 forbids, inside a string. */
    static Arbitrary<byte[]> surrogatesInUtf8() {
        return Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.integers().between(0xD800, 0xDFFF))
                .as((field, surrogate) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(utf8("{\"text\":\"Der Rat tagt.\",\"" + field + "\":\"a"));
                    out.write(0xE0 | (surrogate >> 12));
                    out.write(0x80 | ((surrogate >> 6) & 0x3F));
                    out.write(0x80 | (surrogate & 0x3F));
                    out.writeBytes(utf8("b\"}"));
                    return out.toByteArray();
                });
    }

    /** Field names around the parser's name limit. */
    static Arbitrary<String> longNames() {
        return Arbitraries.integers().between(40_000, 60_000)
                .map(length -> "{\"text\":\"Der Rat tagt.\",\"" + "n".repeat(length) + "\":1}");
    }

    /** A string just under or over the body limit. */
    static Arbitrary<String> oversizedStrings(int sizeLimit) {
        return Combinators.combine(Arbitraries.integers().between(sizeLimit - 64, sizeLimit + 64), Arbitraries.of(FIELDS))
                .as((length, field) -> "{\"text\":\"Der Rat tagt.\",\"" + field + "\":\"" + "x".repeat(length) + "\"}");
    }

    /** An object whose fields hold values of any JSON type, nested a little. */
    static Arbitrary<String> anyTypes() {
        return Arbitraries.of(FIELDS).list().ofMinSize(1).ofMaxSize(6)
                .flatMap(fields -> Combinators.combine(fields.stream().map(field -> value(2)
                        .map(v -> "\"" + field + "\":" + v)).toList()).as(pairs -> "{" + String.join(",", pairs) + "}"));
    }

    /** A valid request with a few bytes deleted, inserted, replaced, or cut off. */
    static Arbitrary<byte[]> mutated() {
        return Combinators.combine(Arbitraries.of(VALID), Arbitraries.integers().between(0, 1000).list().ofMinSize(1)
                .ofMaxSize(4), Arbitraries.bytes().list().ofMinSize(4).ofMaxSize(4), Arbitraries.integers().between(0, 3))
                .as((valid, positions, bytes, kind) -> {
                    byte[] body = utf8(valid);
                    for (int i = 0; i < positions.size(); i++) {
                        body = edit(body, positions.get(i) % (body.length + 1), bytes.get(i), (kind + i) % 4);
                    }
                    return body;
                });
    }

    private static byte[] edit(byte[] body, int at, byte value, int kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case 0 -> { // delete one byte
                out.write(body, 0, at);
                out.write(body, Math.min(at + 1, body.length), body.length - Math.min(at + 1, body.length));
            }
            case 1 -> { // insert one byte
                out.write(body, 0, at);
                out.write(value);
                out.write(body, at, body.length - at);
            }
            case 2 -> { // replace one byte
                out.writeBytes(body);
                byte[] copy = out.toByteArray();
                if (at < copy.length) {
                    copy[at] = value;
                }
                return copy;
            }
            default -> out.write(body, 0, at); // cut off
        }
        return out.toByteArray();
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "1e309", "-1", "2147483648", "1.5", "3.0",
                        "\"\"", "\" \"", "\"de\"", "\"en\"", "\"xx\"", "\"abstractive\"", "\"auto\""),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "0"),
                Arbitraries.strings().all().ofMaxLength(80).map(HostileJson::quote));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.oneOf(scalar,
                value(depth - 1).list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]"),
                value(depth - 1).list().ofMaxSize(3).map(items -> {
                    StringBuilder object = new StringBuilder("{");
                    for (int i = 0; i < items.size(); i++) {
                        object.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(items.get(i));
                    }
                    return object.append('}').toString();
                }));
    }

    /** A JSON string literal; surrogates, quotes and control characters are escaped, so any Java string fits. */
    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
