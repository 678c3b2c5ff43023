package io.newsdigest.json;

import io.newsdigest.nlp.InvalidArticleException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks request fields at the edge (the generated models do not): each failure is a 422 naming the field.
 */
public final class RequestChecks {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,3}");

    private RequestChecks() {
    }

    public static String requiredText(String value, String field) {
        if (value == null) {
            throw new InvalidArticleException(field, field + " is required");
        }
        if (value.isBlank()) {
            throw new InvalidArticleException(field, field + " must not be blank");
        }
        return value;
    }

    public static Optional<String> optionalText(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isBlank());
    }

    public static Optional<String> languageCode(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!LANGUAGE_CODE.matcher(value.strip()).matches()) {
            throw new InvalidArticleException(field, field + " must be an ISO 639-1 language code such as 'de' or 'en', not '"
                    + value + "'");
        }
        return Optional.of(value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public static int intInRange(Integer value, String field, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new InvalidArticleException(field, field + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
