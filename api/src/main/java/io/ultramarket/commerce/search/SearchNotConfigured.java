package io.ultramarket.commerce.search;

import io.ultramarket.commerce.schemas.common.DescribedProblem;

/** No Elasticsearch is configured ({@code spring.elasticsearch.uris}), so this instance cannot search. */
public class SearchNotConfigured extends RuntimeException implements DescribedProblem {

    public SearchNotConfigured() {
        super("search is not configured on this instance: set spring.elasticsearch.uris (or run "
                + "scripts/run-with-servers.sh); everything else works without it");
    }

    @Override
    public int status() {
        return 503;
    }
}
