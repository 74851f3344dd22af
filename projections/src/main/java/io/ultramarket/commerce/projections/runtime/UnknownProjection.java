package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

import java.util.Set;
import java.util.TreeSet;

/** Asked for a projection that does not exist (answered 404). */
public class UnknownProjection extends RuntimeException implements DescribedProblem.NotFound {

    UnknownProjection(String name, Set<String> known) {
        super("no projection named '" + name + "'; known projections: " + new TreeSet<>(known));
    }
}
