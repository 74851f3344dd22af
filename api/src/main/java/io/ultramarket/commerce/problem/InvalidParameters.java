package io.ultramarket.commerce.problem;

import java.util.List;

/** Query parameters that are wrong together or each on its own: a 400 listing every field's error. */
public class InvalidParameters extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidParameters(List<FieldError> errors) {
        super("invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
