package io.ultramarket.commerce.problem;

import java.net.URI;

/**
 * Problem type URIs ({@code /problems/<slug>}, listed in docs/problems.md). A feature's exception names its
 * own slug ({@link io.ultramarket.commerce.schemas.common.DescribedProblem}).
 */
final class ProblemTypes {

    private ProblemTypes() {
    }

    static URI of(String slug) {
        return URI.create("/problems/" + slug);
    }
}
