package io.newsdigest.service.http;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks request fields at the edge (the generated models do not): each failure is a 422 naming the field.
 */
final class RequestChecks {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,3}");

    private RequestChecks() {
    }

    static String requiredText(String value, String field) {
        if (value == null) {
            throw ApiException.invalidField(field, field + " is required");
        }
        if (value.isBlank()) {
            throw ApiException.invalidField(field, field + " must not be blank");
        }
        return value;
    }

    static Optional<String> optionalText(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isBlank());
    }

    static Optional<String> languageCode(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!LANGUAGE_CODE.matcher(value.strip()).matches()) {
            throw ApiException.invalidField(field, field + " must be an ISO 639-1 language code such as 'de' or 'en', not '"
                    + value + "'");
        }
        return Optional.of(value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    static int intInRange(Integer value, String field, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw ApiException.invalidField(field, field + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
