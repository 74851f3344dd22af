package io.ultramarket.commerce.projections.runtime;

import java.util.Set;
import java.util.TreeSet;

/** Asked for a projection that does not exist (answered 404). */
public class UnknownProjection extends RuntimeException {

    UnknownProjection(String name, Set<String> known) {
        super("no projection named '" + name + "'; known projections: " + new TreeSet<>(known));
    }
}
