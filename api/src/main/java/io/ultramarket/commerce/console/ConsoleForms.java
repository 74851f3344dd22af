package io.ultramarket.commerce.console;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import java.util.Comparator;
import java.util.List;

/**
 * A console form's fields, turned into the API's own request records and checked by the same Bean Validation
 * constraints the API's {@code @Valid} bodies are (ADR 0062): a form cannot send what the API would refuse.
 * What fails is answered as the API answers it, problem+json with the field's message (docs/problems.md).
 */
@Component
public class ConsoleForms {

    /** Longer than any field of the requests the console sends. */
    static final int MAX_FIELD_LENGTH = 500;

    private final Validator validator;

    ConsoleForms(Validator validator) {
        this.validator = validator;
    }

    /** The request, if its constraints hold. */
    public <T> T valid(T request) {
        List<FieldError> errors = validator.validate(request).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        return request;
    }

    /** A field the form must have, trimmed and bounded. */
    public static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            throw invalid(name, "must not be blank");
        }
        if (value.length() > MAX_FIELD_LENGTH) {
            throw invalid(name, "at most " + MAX_FIELD_LENGTH + " characters");
        }
        return value.strip();
    }

    /** A whole number the form must have. */
    public static int number(MultiValueMap<String, String> form, String name) {
        String value = text(form, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notOne) {
            throw invalid(name, "must be a whole number");
        }
    }

    private static InvalidParameters invalid(String field, String message) {
        return new InvalidParameters(List.of(new FieldError(field, message)));
    }
}
