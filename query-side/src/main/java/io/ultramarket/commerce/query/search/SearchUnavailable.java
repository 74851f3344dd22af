package io.ultramarket.commerce.query.search;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** Elasticsearch did not answer, or has no search index yet: the search cannot be answered now. */
public class SearchUnavailable extends RuntimeException implements DescribedProblem {

    public SearchUnavailable(Throwable cause) {
        super("search is unavailable for now (" + cause.getClass().getSimpleName() + "); retry shortly", cause);
    }

    @Override
    public int status() {
        return 503;
    }
}
