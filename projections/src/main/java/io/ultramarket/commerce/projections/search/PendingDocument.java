package io.ultramarket.commerce.projections.search;

/** A search document whose {@code revision} Elasticsearch does not have yet. */
record PendingDocument(SearchDocument document, long revision) {
}
