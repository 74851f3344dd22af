package io.ultramarket.commerce.problem;

import java.util.List;

/** Query parameters a controller checked itself were invalid: a 400 invalid-request listing each one. */
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
