package io.ultramarket.commerce.query.search;

/** Elasticsearch did not answer, or has no search index yet: the search cannot be answered now. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(Throwable cause) {
        super("search is unavailable for now (" + cause.getClass().getSimpleName() + "); retry shortly", cause);
    }
}
