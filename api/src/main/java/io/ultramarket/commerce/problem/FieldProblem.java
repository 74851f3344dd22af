package io.ultramarket.commerce.problem;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

import java.util.List;

/** A refusal that names the request's fields at fault: answered with its status and an {@code errors} list. */
public interface FieldProblem extends DescribedProblem {

    List<FieldError> errors();
}
