package io.newsdigest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses strings that are not well-formed Unicode: a JSON escape such as {@code "\ud800"} decodes to half a
 * surrogate pair, which no text can contain and no UTF-8 writer can encode. Every string field of a request is
 * read through it, so the client learns which field is at fault (422) instead of getting its text back broken.
 */
final class WellFormedStrings {

    private WellFormedStrings() {
    }

    /** A Jackson module that checks every string it reads. */
    static SimpleModule module() {
        return new SimpleModule("well-formed-strings").addDeserializer(String.class, new Checked());
    }

    /** A string with an unpaired surrogate; carries the field's path like any Jackson mapping failure. */
    static final class InvalidUnicodeException extends MismatchedInputException {

        private InvalidUnicodeException(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }

    /** @return the index of the first unpaired surrogate, or {@code -1} when the text is well-formed */
    static int firstUnpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Jackson's own string reading (with the mapper's coercion rules), then the check. */
    private static final class Checked extends StdScalarDeserializer<String> {

        private Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            int bad = value == null ? -1 : firstUnpairedSurrogate(value);
            if (bad >= 0) {
                throw new InvalidUnicodeException(parser, "contains an unpaired surrogate (\\u"
                        + Integer.toHexString(value.charAt(bad)).toUpperCase(Locale.ROOT) + ") at character " + bad
                        + "; send well-formed Unicode (UTF-8, or \\u escapes in high-low pairs)");
            }
            return value;
        }

        @Override
        public com.fasterxml.jackson.databind.type.LogicalType logicalType() {
            return com.fasterxml.jackson.databind.type.LogicalType.Textual;
        }
    }
}
