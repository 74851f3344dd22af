package io.ultramarket.commerce.console;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.freshness.ReadYourWrites;
import jakarta.validation.Validator;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A console form's fields, turned into the API's own request records and checked by the same Bean Validation
 * constraints the API's {@code @Valid} bodies are (ADR 0062): a form cannot send what the API would refuse.
 * What fails is answered as the API answers it, problem+json with the field's message (docs/problems.md). After a
 * command, the page it leads to waits for the read model as the API's reads do with {@code Commerce-Position}.
 */
@Component
public class ConsoleForms {

    /** Longer than any field of the requests the console sends. */
    static final int MAX_FIELD_LENGTH = 500;

    private final Validator validator;
    private final ReadYourWrites readYourWrites;

    ConsoleForms(Validator validator, ReadYourWrites readYourWrites) {
        this.validator = validator;
        this.readYourWrites = readYourWrites;
    }

    /**
     * Waits (bounded, as the API's reads do) until {@code projection} holds what the command answered with its
     * {@code Commerce-Position}, so that the page the browser is sent to next already shows it.
     */
    public Mono<Void> awaitShown(String projection, ResponseEntity<?> commandAnswer) {
        Optional<Long> position = Optional.ofNullable(commandAnswer.getHeaders().getFirst(ReadYourWrites.POSITION_HEADER))
                .map(Long::valueOf);
        return readYourWrites.awaitPosition(projection, position).then();
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
