package io.ultramarket.commerce.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what Jackson says about an unreadable body into field-level messages: the JSON path of the field
 * and a sentence a client developer can act on (a value object's own validation message where there is one).
 */
final class RequestBodyErrors {

    private RequestBodyErrors() {
    }

    static Optional<FieldError> describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                return Optional.of(new FieldError("$", "the body is not well-formed JSON"));
            }
            if (cause instanceof JsonMappingException mapping) {
                return Optional.of(new FieldError(pathOf(mapping), messageOf(mapping)));
            }
        }
        return Optional.empty();
    }

    private static String messageOf(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
            return mapping.getCause().getMessage();
        }
        if (mapping instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName();
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected a value of type " + mismatched.getTargetType().getSimpleName();
        }
        if (mapping.getCause() instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        return mapping.getOriginalMessage();
    }

    private static String pathOf(JsonMappingException mapping) {
        List<JsonMappingException.Reference> path = mapping.getPath();
        if (path.isEmpty()) {
            return "$";
        }
        return path.stream()
                .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
